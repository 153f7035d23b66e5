/**
 * The ingest stage: lists the configured input files, parses each on an executor with the pure parsers of
 * {@code org.collabatlas.common.ingest}, merges duplicate records into papers, and writes {@code papers},
 * {@code authorships} and {@code rejects}. Config: {@code ingest.*}.
 */
package org.collabatlas.ingest;
