package org.collabatlas.common.corrupt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A codec of a delimited export (WoS tab-delimited, Scopus CSV): a header of column names, then records whose cells
 * are found by column name. The subclasses differ in syntax, in the names of the identifier, DOI, title and year
 * columns, and in how authors are written; the edits of identifiers, title and year are the same for both.
 */
abstract class DelimitedCodec extends Codec {
    private final String idColumn;
    private final String doiColumn;
    private final String titleColumn;
    private final String yearColumn;
    private Map<String, Integer> columns;

    DelimitedCodec(String idColumn, String doiColumn, String titleColumn, String yearColumn) {
        this.idColumn = idColumn;
        this.doiColumn = doiColumn;
        this.titleColumn = titleColumn;
        this.yearColumn = yearColumn;
    }

    /** Indexes the header's column names, stripped; of two equal names the first wins. */
    final void indexColumns(List<String> names) {
        columns = new HashMap<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            columns.put(names.get(i).strip(), i);
        }
    }

    /** A record of cells; a column the header lacks reads as null and is not written. */
    abstract class DelimitedRec implements Rec {
        abstract String cell(int i);

        abstract void setCell(int i, String value);

        final String get(String column) {
            Integer i = columns.get(column);
            return i == null ? null : cell(i);
        }

        final void set(String column, String value) {
            Integer i = columns.get(column);
            if (i != null) {
                setCell(i, value);
            }
        }

        @Override
        public String sourceId() {
            String id = get(idColumn);
            return id == null ? "" : id.strip();
        }

        @Override
        public void rewriteIds(int k) {
            if (get(idColumn) != null && !get(idColumn).isBlank()) {
                set(idColumn, get(idColumn).strip() + "c" + k);
            }
            if (get(doiColumn) != null && !get(doiColumn).isBlank()) {
                set(doiColumn, copyDoi(get(doiColumn), k));
            }
            if (get(titleColumn) != null && !get(titleColumn).isBlank()) {
                set(titleColumn, copyTitle(get(titleColumn).strip(), k));
            }
        }

        @Override
        public String title() {
            String t = get(titleColumn);
            return t == null || t.isBlank() ? null : t;
        }

        @Override
        public void setTitle(String title) {
            set(titleColumn, title);
        }

        @Override
        public void wrongType() {
            set(yearColumn, "MMXIX");
        }
    }
}
