package org.collabatlas.common.ingest.acm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.collabatlas.common.ingest.Json;
import org.collabatlas.common.ingest.JsonRecords;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.Normalize;
import org.collabatlas.common.ingest.RecordParser;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.WrongTypeException;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.SourceRecord;

/**
 * ACM Digital Library paper objects ({@code doi}, {@code title}, {@code year}, {@code proctitle}, {@code tags},
 * {@code authors[].name/institution/acmid/orcid}), one per line, one per file, or an array. The ACM DL has no
 * record id of its own beyond the DOI, which is used as {@code source_id}; {@code orcid: "missing"} reads as none.
 * An {@code institution} is one affiliation string (the ACM DL gives one per author).
 */
public final class AcmDlParser implements RecordParser {
    private static final String SOURCE = SourceFormat.ACM_DL.id();

    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        new JsonRecords(SOURCE, file, limits, null, (loc, p, excerpt) -> toRecord(file, loc, p, excerpt), sink)
                .read(in);
    }

    static SourceRecord toRecord(String file, String locator, JsonNode p, String excerpt) {
        String yearText = Json.text(p, "year");
        Integer year = Json.parseYear(yearText);
        if (year == null && yearText == null) {
            yearText = Json.text(p, "published");
            year = Json.parseYear(yearText);
        }
        String rawDoi = Json.text(p, "doi");
        List<Keyword> keywords = new ArrayList<>();
        for (String tag : Json.texts(p, "tags")) {
            keywords.add(new Keyword(tag, KeywordKind.AUTHOR));
        }
        List<AuthorRecord> authors = new ArrayList<>();
        int position = 1;
        for (JsonNode a : Json.array(p, "authors")) {
            if (!a.isObject()) {
                throw new WrongTypeException("authors[]", "an object", a.getNodeType().name().toLowerCase());
            }
            String inst = Json.text(a, "institution");
            List<AffiliationRecord> affs = inst == null ? List.of() : List.of(AffiliationRecord.of(inst));
            authors.add(new AuthorRecord(position++, Json.text(a, "name"), Json.text(a, "acmid"),
                    Normalize.orcid(Json.text(a, "orcid")), affs));
        }
        return new SourceRecord(SOURCE, file, locator, rawDoi, Normalize.doi(rawDoi), Json.text(p, "title"), year,
                year == null ? yearText : null, Json.text(p, "proctitle"), Json.text(p, "content_type"), keywords,
                authors, excerpt);
    }
}
