package org.collabatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.collabatlas.common.ingest.Normalize;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.Reject;
import org.collabatlas.common.record.SourceRecord;
import org.collabatlas.schema.Columns;
import org.collabatlas.schema.Schemas;

/** One parse output as a row of {@link Schemas#PARSED} (field order as there). */
final class ParsedRows {
    private ParsedRows() {
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.collection.JavaConverters.asScalaBufferConverter(list).asScala().toSeq();
    }

    static Row toRow(ParseOutput out) {
        if (out instanceof Reject r) {
            return RowFactory.create(Columns.UNIT_REJECT, r.source(), r.sourceFile(), r.locator(), null, null, null,
                    null, null, null, null, null, null, null, null, r.reason().code(), r.message(), r.excerpt());
        }
        SourceRecord s = (SourceRecord) out;
        List<Row> keywords = new ArrayList<>(s.keywords().size());
        for (Keyword k : s.keywords()) {
            keywords.add(RowFactory.create(k.term(), k.kind().code()));
        }
        List<Row> authors = new ArrayList<>(s.authors().size());
        int affiliated = 0;
        for (AuthorRecord a : s.authors()) {
            List<Row> affs = new ArrayList<>(a.affiliations().size());
            for (AffiliationRecord af : a.affiliations()) {
                affs.add(RowFactory.create(af.raw(), af.rawCountry(), seq(af.sourceInstitutionIds())));
            }
            if (!affs.isEmpty()) {
                affiliated++;
            }
            authors.add(RowFactory.create(a.position(), a.name(), a.sourceAuthorId(), a.orcid(), seq(affs)));
        }
        String firstSurname = s.authors().isEmpty() ? null : Normalize.surnameKey(s.authors().get(0).name());
        return RowFactory.create(Columns.UNIT_RECORD, s.source(), s.sourceFile(), s.locator(), s.sourceId(), s.doi(),
                s.title(), Normalize.titleKey(s.title()), firstSurname, s.year(), s.venue(), s.contentType(),
                seq(keywords), seq(authors), affiliated, null, null, null);
    }
}
