/**
 * The report stage: reduces the run's tables on Spark to per-country and per-category figures and hands them to
 * {@code common.report}, which builds the tables (CSV, Parquet, Markdown), {@code report.html}, {@code report.ipynb}
 * and {@code report.md}. Optional inputs (categories, intervals, institution names) are used when their stages
 * wrote them and said "not computed" otherwise. Config: {@code report.*}.
 */
package org.collabatlas.report;
