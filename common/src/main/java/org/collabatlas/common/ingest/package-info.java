/**
 * Parsing raw paper records, one parser per source format ({@code ieee}, {@code acm}, {@code wos},
 * {@code scopus}, {@code openalex}), and the rules every record passes: {@link
 * org.collabatlas.common.ingest.FileParser} runs a format's {@link org.collabatlas.common.ingest.RecordParser} over
 * one file and {@link org.collabatlas.common.ingest.RecordValidator} over each record, so that every input unit
 * comes out as an accepted record or a reject with a reason. Pure Java; the Spark job only distributes files.
 */
package org.collabatlas.common.ingest;
