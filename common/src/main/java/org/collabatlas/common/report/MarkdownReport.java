package org.collabatlas.common.report;

/** The report as Markdown: tables inline, charts linked as {@code charts/<name>.svg} beside the file. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder sb = new StringBuilder("# ").append(report.title()).append("\n\nRun `").append(report.runId())
                .append("`. Tables: CSV, Parquet and Markdown in `tables/`; charts in `charts/`.\n\n");
        for (Report.Section s : report.sections()) {
            sb.append("## ").append(s.title()).append("\n\n");
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Text t) {
                    sb.append(t.text()).append("\n\n");
                } else if (b instanceof Report.TableBlock tb) {
                    sb.append("### ").append(tb.table().title()).append("\n\n").append(tb.table().toMarkdown())
                            .append('\n');
                } else if (b instanceof Report.ChartBlock cb) {
                    sb.append("![").append(cb.chart().title()).append("](charts/").append(cb.chart().name())
                            .append(".svg)\n\n");
                }
            }
        }
        return sb.toString();
    }
}
