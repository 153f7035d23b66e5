package org.collabatlas.common.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as a Jupyter notebook (nbformat 4.5): markdown cells for the text; for every table a code cell that
 * reloads its Parquet output with PySpark, holding the table (HTML and Markdown) as its stored output; for every chart
 * a code cell holding the SVG ({@code image/svg+xml}) as its output. Re-running the notebook needs PySpark and the
 * run directory, given by {@code RUN} in the first code cell.
 */
public final class NotebookReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NotebookReport() {
    }

    /** {@code reportDir}: the directory holding {@code tables/} (the run's {@code report/} directory). */
    public static String render(Report report, String reportDir) {
        List<Map<String, Object>> cells = new ArrayList<>();
        cells.add(markdown("# " + report.title() + "\n\nRun `" + report.runId() + "`. The tables below are the "
                + "stored outputs of cells that reload them with PySpark from the report's Parquet tables; run the "
                + "notebook (with `pyspark` installed) to analyse them further."));
        cells.add(code("from pyspark.sql import SparkSession\n"
                + "spark = SparkSession.builder.master(\"local[*]\").appName(\"collab-atlas report\").getOrCreate()\n"
                + "REPORT = " + pyString(reportDir) + "  # the run's report/ directory\n"
                + "def table(name):\n"
                + "    return spark.read.parquet(f\"{REPORT}/tables/{name}\")", List.of()));
        for (Report.Section s : report.sections()) {
            StringBuilder md = new StringBuilder("## ").append(s.title());
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Text t) {
                    md.append("\n\n").append(t.text());
                    continue;
                }
                if (md.length() > 0) {
                    cells.add(markdown(md.toString()));
                    md.setLength(0);
                }
                if (b instanceof Report.TableBlock tb) {
                    Table t = tb.table();
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("text/html", lines("<h4>" + Html.escape(t.title()) + "</h4>\n" + t.toHtml()));
                    data.put("text/markdown", lines("#### " + t.title() + "\n\n" + t.toMarkdown()));
                    data.put("text/plain", lines(t.title() + " (" + t.rows().size() + " rows)"));
                    cells.add(code("table(" + pyString(t.name()) + ").toPandas()", List.of(display(data))));
                } else if (b instanceof Report.ChartBlock cb) {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("image/svg+xml", lines(cb.chart().svg()));
                    data.put("text/plain", lines(cb.chart().title()));
                    cells.add(code("# " + cb.chart().title() + " (drawn by collab-atlas; its data: table("
                            + pyString(cb.chart().data()) + "))", List.of(display(data))));
                }
            }
            if (md.length() > 0) {
                cells.add(markdown(md.toString()));
            }
        }
        Map<String, Object> nb = new LinkedHashMap<>();
        nb.put("cells", cells);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kernelspec", Map.of("display_name", "Python 3", "language", "python", "name", "python3"));
        meta.put("language_info", Map.of("name", "python"));
        nb.put("metadata", meta);
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        try {
            return JSON.writeValueAsString(nb) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> markdown(String text) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cell_type", "markdown");
        c.put("id", id(text));
        c.put("metadata", Map.of());
        c.put("source", lines(text));
        return c;
    }

    private static Map<String, Object> code(String source, List<Map<String, Object>> outputs) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("cell_type", "code");
        c.put("execution_count", null);
        c.put("id", id(source));
        c.put("metadata", Map.of());
        c.put("outputs", outputs);
        c.put("source", lines(source));
        return c;
    }

    private static Map<String, Object> display(Map<String, Object> data) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("output_type", "display_data");
        o.put("data", data);
        o.put("metadata", Map.of());
        return o;
    }

    /** A cell id (nbformat 4.5: 1-64 of [a-zA-Z0-9-_]) from the cell's text, stable across runs. */
    private static String id(String text) {
        return String.format("c%08x", text.hashCode()) + "-" + Integer.toHexString(text.length());
    }

    /** Jupyter's multi-line string form: a list of lines, each but the last ending in a newline. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static String pyString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
