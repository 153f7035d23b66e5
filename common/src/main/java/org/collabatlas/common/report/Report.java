package org.collabatlas.common.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered-independent report: sections of text, tables and charts, written as HTML ({@link HtmlReport}),
 * a Jupyter notebook ({@link NotebookReport}) and Markdown ({@link MarkdownReport}).
 */
public record Report(String title, String runId, List<Section> sections) {

    /** One block of a section. */
    public sealed interface Block permits Text, TableBlock, ChartBlock {
    }

    /** A paragraph of plain text. */
    public record Text(String text) implements Block {
    }

    public record TableBlock(Table table) implements Block {
    }

    public record ChartBlock(Chart chart) implements Block {
    }

    /** An SVG chart; {@code name} is its file name under {@code charts/}; {@code data} names the table it draws. */
    public record Chart(String name, String title, String svg, String data) {
    }

    public record Section(String id, String title, List<Block> blocks) {
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof TableBlock t) {
                    out.add(t.table());
                }
            }
        }
        return out;
    }

    public List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof ChartBlock c) {
                    out.add(c.chart());
                }
            }
        }
        return out;
    }
}
