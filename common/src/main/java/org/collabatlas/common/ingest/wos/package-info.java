/** Web of Science tab-delimited exports ({@code wos}). */
package org.collabatlas.common.ingest.wos;
