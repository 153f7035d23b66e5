/** Hadoop FileSystem helpers (small files, serializable Hadoop configuration) and streaming iterators. */
package org.collabatlas.io;
