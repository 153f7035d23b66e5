/**
 * A compact binary encoding for large read-only structures (primitive arrays, strings, string-keyed maps of int
 * arrays) that must load much faster than Java serialization: {@link org.collabatlas.common.binary.BinaryWriter}
 * writes big-endian values to a stream, {@link org.collabatlas.common.binary.BinaryReader} reads them back from an
 * in-memory buffer with bulk array copies. It carries no schema: writer and reader call the same methods in the same
 * order, and the owner of a format versions it. Pure Java, no Spark.
 */
package org.collabatlas.common.binary;
