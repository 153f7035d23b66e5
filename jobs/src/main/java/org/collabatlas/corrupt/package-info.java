/**
 * {@code collab-atlas corrupt}: the file-system side of {@link org.collabatlas.common.corrupt.Corruptor} (listing,
 * reading and writing through the Hadoop FileSystem API).
 */
package org.collabatlas.corrupt;
