package org.collabatlas.common.report;

/**
 * The report as one self-contained HTML5 page: inline CSS (screen and print), inline SVG charts, no scripts, no
 * external fonts, images or style sheets, so it opens offline and prints as it shows.
 */
public final class HtmlReport {
    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
              margin:0 auto;max-width:1180px;padding:16px 24px;color:#1b1b1b;line-height:1.45;font-size:15px}
            h1{font-size:1.6em;margin:.4em 0}
            h2{font-size:1.3em;margin-top:1.6em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
            h3{font-size:1.05em;margin:1.2em 0 .4em}
            nav ol{columns:2;font-size:.95em}
            .meta{color:#555}
            .scroll{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;font-size:12.5px;margin:.3em 0 1em}
            th,td{border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap}
            th{background:#eef3f8;position:sticky;top:0}
            tbody tr:nth-child(even){background:#f8f8f8}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1em 0}
            figcaption{font-size:.9em;color:#444}
            a{color:#0060a0}
            @media print{
              body{max-width:none;padding:0;font-size:10.5pt}
              nav{display:none}
              h2{break-before:page}
              h2:first-of-type{break-before:auto}
              figure,svg{break-inside:avoid}
              .scroll{overflow:visible}
              table{font-size:8pt}
              th{position:static}
              tr{break-inside:avoid}
            }
            """;

    private HtmlReport() {
    }

    public static String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(report.title() + " - " + report.runId())).append("</title>")
                .append("<style>").append(CSS).append("</style></head>\n<body>\n");
        sb.append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
        sb.append("<p class=\"meta\">Run ").append(Html.escape(report.runId()))
                .append(". Tables: CSV, Parquet and Markdown in <code>tables/</code>; charts in <code>charts/</code>."
                        + "</p>\n");
        sb.append("<nav><ol>");
        for (Report.Section s : report.sections()) {
            sb.append("<li><a href=\"#").append(Html.escape(s.id())).append("\">").append(Html.escape(s.title()))
                    .append("</a></li>");
        }
        sb.append("</ol></nav>\n");
        for (Report.Section s : report.sections()) {
            sb.append("<section id=\"").append(Html.escape(s.id())).append("\">\n<h2>").append(Html.escape(s.title()))
                    .append("</h2>\n");
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Text t) {
                    sb.append("<p>").append(Html.escape(t.text())).append("</p>\n");
                } else if (b instanceof Report.TableBlock tb) {
                    Table t = tb.table();
                    sb.append("<h3>").append(Html.escape(t.title())).append(" <small>(").append(t.rows().size())
                            .append(" rows; <code>tables/").append(Html.escape(t.name())).append(".csv</code>)</small>"
                                    + "</h3>\n<div class=\"scroll\">").append(t.toHtml()).append("</div>\n");
                } else if (b instanceof Report.ChartBlock cb) {
                    sb.append("<figure id=\"c-").append(Html.escape(cb.chart().name())).append("\">")
                            .append(cb.chart().svg()).append("<figcaption>").append(Html.escape(cb.chart().title()))
                            .append("</figcaption></figure>\n");
                }
            }
            sb.append("</section>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }
}
