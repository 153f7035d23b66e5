package org.collabatlas.common.ingest.ieee;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.collabatlas.common.ingest.Json;
import org.collabatlas.common.ingest.JsonRecords;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.Normalize;
import org.collabatlas.common.ingest.RecordParser;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.record.AffiliationRecord;
import org.collabatlas.common.record.AuthorRecord;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.KeywordKind;
import org.collabatlas.common.record.ParseOutput;
import org.collabatlas.common.record.SourceRecord;

/**
 * IEEE Xplore Metadata API articles: a response per file ({@code {"total_records", "articles": [...]}}), JSON Lines
 * of responses or of article objects, or a JSON array of articles.
 * <ul>
 *   <li>authors: {@code authors.authors[]} sorted by {@code author_order} (array order when absent);</li>
 *   <li>affiliations: every {@code authorAffiliations.authorAffiliation[]} string, falling back to
 *   {@code affiliation}; duplicates within one author dropped;</li>
 *   <li>keywords: {@code index_terms.ieee_terms.terms}, {@code author_terms.terms},
 *   {@code dynamic_index_terms.terms}, and the INSPEC indexing terms when a response carries them;</li>
 *   <li>id: {@code article_number}; year: {@code publication_year}; venue: {@code publication_title}.</li>
 * </ul>
 */
public final class IeeeXploreParser implements RecordParser {
    private static final String SOURCE = SourceFormat.IEEE_XPLORE_API.id();

    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        new JsonRecords(SOURCE, file, limits, "articles", (loc, a, excerpt) -> toRecord(file, loc, a, excerpt), sink)
                .read(in);
    }

    static SourceRecord toRecord(String file, String locator, JsonNode a, String excerpt) {
        String yearText = Json.text(a, "publication_year");
        Integer year = Json.parseYear(yearText);
        return new SourceRecord(SOURCE, file, locator, Json.text(a, "article_number"),
                Normalize.doi(Json.text(a, "doi")), Json.text(a, "title"), year, year == null ? yearText : null,
                Json.text(a, "publication_title"), Json.text(a, "content_type"), keywords(a), authors(a), excerpt);
    }

    private static List<Keyword> keywords(JsonNode a) {
        JsonNode terms = Json.object(a, "index_terms");
        List<Keyword> out = new ArrayList<>();
        if (terms == null) {
            return out;
        }
        add(out, terms, "ieee_terms", KeywordKind.IEEE_TERM);
        add(out, terms, "author_terms", KeywordKind.AUTHOR);
        add(out, terms, "dynamic_index_terms", KeywordKind.DYNAMIC);
        add(out, terms, "controlled_terms", KeywordKind.INSPEC_CONTROLLED);
        add(out, terms, "uncontrolled_terms", KeywordKind.INSPEC_UNCONTROLLED);
        return out;
    }

    private static void add(List<Keyword> out, JsonNode terms, String field, KeywordKind kind) {
        JsonNode group = Json.object(terms, field);
        if (group != null) {
            for (String t : Json.texts(group, "terms")) {
                out.add(new Keyword(t, kind));
            }
        }
    }

    private static List<AuthorRecord> authors(JsonNode a) {
        JsonNode wrapper = Json.object(a, "authors");
        List<JsonNode> list = new ArrayList<>(Json.array(wrapper, "authors"));
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new org.collabatlas.common.ingest.WrongTypeException("authors.authors[]", "an object",
                        list.get(i).getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            String order = Json.text(list.get(i), "author_order");
            Integer o = Json.parseYear(order);
            orders.add(o == null ? Integer.MAX_VALUE : o);
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparing((Integer i) -> orders.get(i)).thenComparing(i -> i));
        List<AuthorRecord> out = new ArrayList<>(list.size());
        int position = 1;
        for (int i : idx) {
            JsonNode au = list.get(i);
            Set<String> affs = new LinkedHashSet<>();
            JsonNode aa = Json.object(au, "authorAffiliations");
            if (aa != null) {
                affs.addAll(Json.texts(aa, "authorAffiliation"));
            }
            if (affs.isEmpty()) {
                String single = Json.text(au, "affiliation");
                if (single != null) {
                    affs.add(single);
                }
            }
            List<AffiliationRecord> affiliations = affs.stream().map(AffiliationRecord::of).toList();
            out.add(new AuthorRecord(position++, Json.text(au, "full_name"), Json.text(au, "id"), null,
                    affiliations));
        }
        return out;
    }
}
