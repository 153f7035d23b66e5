/**
 * The report of a run, pure Java: {@link org.collabatlas.common.report.ReportBuilder} turns the centralities,
 * paper counts, categories and bootstrap intervals ({@link org.collabatlas.common.report.ReportInput}) into
 * {@link org.collabatlas.common.report.Table}s and SVG charts ({@link org.collabatlas.common.report.Svg},
 * {@link org.collabatlas.common.report.ForceLayout}); {@link org.collabatlas.common.report.HtmlReport},
 * {@link org.collabatlas.common.report.NotebookReport} and {@link org.collabatlas.common.report.MarkdownReport}
 * write it. The rules: {@link org.collabatlas.common.report.Typology} (partner types),
 * {@link org.collabatlas.common.report.ActivityIndex} (strengths), {@link org.collabatlas.common.report.Ranks}.
 * Config: {@code report.*}.
 */
package org.collabatlas.common.report;
