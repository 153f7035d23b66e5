/**
 * The domain records shared by every stage: what a parser emits ({@link org.collabatlas.common.record.SourceRecord},
 * {@link org.collabatlas.common.record.Reject}) and the reason codes of the rejects table.
 * Plain Java records, immutable, no Spark.
 */
package org.collabatlas.common.record;
