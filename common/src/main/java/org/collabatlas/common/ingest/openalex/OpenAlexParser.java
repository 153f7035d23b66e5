package org.collabatlas.common.ingest.openalex;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * OpenAlex Work objects: the snapshot ({@code works/updated_date=*&#47;part_*.gz}, JSON Lines of works), saved API
 * responses ({@code {"meta": {...}, "results": [...]}}, one per file or one per line), or a JSON array of works.
 * <ul>
 *   <li>id: {@code id} as given ({@code https://openalex.org/W...}); doi: {@code doi} normalised
 *   ({@code https://doi.org/} prefix dropped, lower case); title: {@code title}, else {@code display_name};
 *   year: {@code publication_year}; venue: {@code primary_location.source.display_name}, else (older dumps)
 *   {@code host_venue.display_name}; content type: {@code type}.</li>
 *   <li>keywords: {@code keywords[].display_name} (older dumps: {@code keywords[].keyword}, or a plain string) as
 *   {@link KeywordKind#OPENALEX_KEYWORD}, then every {@code concepts[].display_name} as
 *   {@link KeywordKind#OPENALEX_CONCEPT}. Concept scores are not used: all concepts are kept, whatever their
 *   score, and downstream jobs decide what to count.</li>
 *   <li>authors: {@code authorships[]} in array order (position = index + 1; {@code author_position} is only
 *   first/middle/last); name: {@code author.display_name}, else {@code raw_author_name}; source author id:
 *   {@code author.id}; ORCID: {@code author.orcid} as a bare iD.</li>
 * </ul>
 * <b>Affiliations of one authorship.</b> The raw strings are {@code raw_affiliation_strings[]} (older works: the
 * single {@code raw_affiliation_string}), followed by any further {@code affiliations[].raw_affiliation_string}
 * not among them; duplicates are dropped. Each raw string becomes one {@link AffiliationRecord} whose linked
 * institutions are:
 * <ul>
 *   <li>those whose OpenAlex ids {@code affiliations[]} ({@code {raw_affiliation_string, institution_ids[]}})
 *   lists for that string, looked up in the authorship's {@code institutions[]};</li>
 *   <li>when the authorship has no {@code affiliations[]} at all (older schema) and exactly one raw string, all of
 *   {@code institutions[]};</li>
 *   <li>otherwise none (several raw strings and nothing saying which institution belongs to which).</li>
 * </ul>
 * When the authorship has no raw string but has {@code institutions[]}, each institution with a
 * {@code display_name} becomes one affiliation whose raw text is that name and whose only linked institution is
 * itself.
 * <p>
 * {@code sourceInstitutionIds} are the ROR ids of the linked institutions ({@code institutions[].ror}), distinct,
 * in the full URL form {@code https://ror.org/03vek6s52} that ROR's own dump uses as {@code id} (a bare ROR id in
 * the input is given the prefix); an institution without a ROR id contributes none. {@code rawCountry} is the
 * distinct {@code country_code}s of the linked institutions joined by {@code ;}; when they give none and the
 * authorship has exactly one raw string, the authorship's {@code countries[]} joined by {@code ;}; else null.
 * <p>
 * Deleted and merged works (stubs such as {@code {"id": ..., "merge_into": ...}}) are mapped like any work and
 * are then rejected by the validator ({@code no_identifier} / {@code no_authors}).
 */
public final class OpenAlexParser implements RecordParser {
    private static final String SOURCE = SourceFormat.OPENALEX.id();
    /** The prefix of ROR ids as {@code sourceInstitutionIds} stores them. */
    public static final String ROR_PREFIX = "https://ror.org/";

    @Override
    public void parse(String file, InputStream in, Limits limits, Consumer<ParseOutput> sink) throws IOException {
        new JsonRecords(SOURCE, file, limits, "results", (loc, w, excerpt) -> toRecord(file, loc, w, excerpt), sink)
                .read(in);
    }

    static SourceRecord toRecord(String file, String locator, JsonNode w, String excerpt) {
        String yearText = Json.text(w, "publication_year");
        Integer year = Json.parseYear(yearText);
        String title = Json.text(w, "title");
        if (title == null) {
            title = Json.text(w, "display_name");
        }
        return new SourceRecord(SOURCE, file, locator, Json.text(w, "id"), Normalize.doi(Json.text(w, "doi")), title,
                year, year == null ? yearText : null, venue(w), Json.text(w, "type"), keywords(w), authors(w),
                excerpt);
    }

    private static String venue(JsonNode w) {
        JsonNode primary = Json.object(w, "primary_location");
        JsonNode source = primary == null ? null : Json.object(primary, "source");
        String venue = source == null ? null : Json.text(source, "display_name");
        if (venue == null) {
            JsonNode host = Json.object(w, "host_venue");
            venue = host == null ? null : Json.text(host, "display_name");
        }
        return venue;
    }

    private static List<Keyword> keywords(JsonNode w) {
        List<Keyword> out = new ArrayList<>();
        for (JsonNode k : Json.array(w, "keywords")) {
            String term;
            if (k.isObject()) {
                term = Json.text(k, "display_name");
                if (term == null) {
                    term = Json.text(k, "keyword");
                }
            } else if (k.isTextual()) {
                term = Normalize.text(k.asText());
            } else if (k.isNull()) {
                continue;
            } else {
                throw wrongType("keywords[]", "an object", k);
            }
            if (term != null) {
                out.add(new Keyword(term, KeywordKind.OPENALEX_KEYWORD));
            }
        }
        for (JsonNode c : objects(w, "concepts")) {
            String term = Json.text(c, "display_name");
            if (term != null) {
                out.add(new Keyword(term, KeywordKind.OPENALEX_CONCEPT));
            }
        }
        return out;
    }

    private static List<AuthorRecord> authors(JsonNode w) {
        List<AuthorRecord> out = new ArrayList<>();
        int position = 1;
        for (JsonNode au : objects(w, "authorships")) {
            JsonNode author = Json.object(au, "author");
            String name = author == null ? null : Json.text(author, "display_name");
            if (name == null) {
                name = Json.text(au, "raw_author_name");
            }
            String id = author == null ? null : Json.text(author, "id");
            String orcid = author == null ? null : Normalize.orcid(Json.text(author, "orcid"));
            out.add(new AuthorRecord(position++, name, id, orcid, affiliations(au)));
        }
        return out;
    }

    /** The affiliations of one authorship, by the rule of the class comment. */
    private static List<AffiliationRecord> affiliations(JsonNode au) {
        Map<String, JsonNode> institutions = new LinkedHashMap<>();
        List<JsonNode> unidentified = new ArrayList<>();
        for (JsonNode inst : objects(au, "institutions")) {
            String id = Json.text(inst, "id");
            if (id == null) {
                unidentified.add(inst);
            } else {
                institutions.putIfAbsent(id, inst);
            }
        }
        Set<String> raws = new LinkedHashSet<>(Json.texts(au, "raw_affiliation_strings"));
        String single = Json.text(au, "raw_affiliation_string");
        if (single != null) {
            raws.add(single);
        }
        List<JsonNode> links = objects(au, "affiliations");
        Map<String, Set<String>> linked = new LinkedHashMap<>();
        for (JsonNode link : links) {
            String raw = Json.text(link, "raw_affiliation_string");
            if (raw == null) {
                continue;
            }
            raws.add(raw);
            linked.computeIfAbsent(raw, r -> new LinkedHashSet<>()).addAll(Json.texts(link, "institution_ids"));
        }
        String countries = joinDistinct(Json.texts(au, "countries"));
        List<AffiliationRecord> out = new ArrayList<>();
        if (raws.isEmpty()) {
            List<JsonNode> all = new ArrayList<>(institutions.values());
            all.addAll(unidentified);
            for (JsonNode inst : all) {
                String name = Json.text(inst, "display_name");
                if (name != null) {
                    out.add(affiliation(name, List.of(inst), null));
                }
            }
            return out;
        }
        for (String raw : raws) {
            List<JsonNode> insts = new ArrayList<>();
            if (links.isEmpty()) {
                if (raws.size() == 1) {
                    insts.addAll(institutions.values());
                    insts.addAll(unidentified);
                }
            } else {
                for (String id : linked.getOrDefault(raw, Set.of())) {
                    JsonNode inst = institutions.get(id);
                    if (inst != null) {
                        insts.add(inst);
                    }
                }
            }
            out.add(affiliation(raw, insts, raws.size() == 1 ? countries : null));
        }
        return out;
    }

    private static AffiliationRecord affiliation(String raw, List<JsonNode> institutions, String fallbackCountry) {
        Set<String> rors = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode inst : institutions) {
            String ror = ror(Json.text(inst, "ror"));
            if (ror != null) {
                rors.add(ror);
            }
            String code = Json.text(inst, "country_code");
            if (code != null) {
                codes.add(code);
            }
        }
        String country = joinDistinct(codes);
        return new AffiliationRecord(raw, country != null ? country : fallbackCountry, new ArrayList<>(rors));
    }

    /** {@code https://ror.org/03vek6s52} from that URL or the bare id; null when blank. */
    static String ror(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int slash = s.lastIndexOf('/');
        String id = (slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(Locale.ROOT);
        return id.isEmpty() ? null : ROR_PREFIX + id;
    }

    /** Distinct upper-case codes joined by {@code ;}, or null when there are none. */
    private static String joinDistinct(List<String> codes) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String c : codes) {
            distinct.add(c.toUpperCase(Locale.ROOT));
        }
        return distinct.isEmpty() ? null : String.join(";", distinct);
    }

    /** The elements of an array field that must be objects ({@code null} elements skipped). */
    private static List<JsonNode> objects(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : Json.array(node, field)) {
            if (e.isNull()) {
                continue;
            }
            if (!e.isObject()) {
                throw wrongType(field + "[]", "an object", e);
            }
            out.add(e);
        }
        return out;
    }

    private static WrongTypeException wrongType(String field, String expected, JsonNode found) {
        return new WrongTypeException(field, expected, found.getNodeType().name().toLowerCase(Locale.ROOT));
    }
}
