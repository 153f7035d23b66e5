/**
 * Corrupting a clean corpus on purpose, with a ground truth: {@link org.collabatlas.common.corrupt.Corruptor}
 * (bytes in, bytes and a manifest out; {@code collab-atlas corrupt}), one codec per format family, the kinds of
 * damage in {@link org.collabatlas.common.corrupt.CorruptionKind}. Used to test ingest at volume
 * ({@code docs/reliability.md}).
 */
package org.collabatlas.common.corrupt;
