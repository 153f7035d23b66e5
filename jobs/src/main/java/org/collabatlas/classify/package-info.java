/**
 * The {@code classify} stage: reads ingest's {@code papers}, writes {@code paper_categories} (one row per paper and
 * ICT category) with {@code org.collabatlas.common.classify}. Config keys: {@code classify.taxonomy},
 * {@code classify.titles}.
 */
package org.collabatlas.classify;
