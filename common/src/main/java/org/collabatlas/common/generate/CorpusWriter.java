package org.collabatlas.common.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.collabatlas.common.ingest.SourceFormat;

/**
 * Writes one chunk of a corpus (papers [k * papersPerFile, min(N, (k + 1) * papersPerFile))) in the real source
 * formats the ingest parsers read, plus its ground truth:
 * <pre>
 *   ieee-xplore-api/part-KKKKK.jsonl[.gz]      IEEE Xplore Metadata API responses {"total_records", "articles"}, one
 *                                              per line, {@value #IEEE_PAGE} articles each (a harvest of the API's
 *                                              pages; total_records = the chunk's IEEE articles)
 *   acm-dl/part-KKKKK.jsonl[.gz]               ACM DL paper objects, one per line
 *   ground-truth/papers/part-KKKKK.csv[.gz]    doi,paper_index,year,formats,categories,international,countries,n_authors
 *   ground-truth/authorships/part-KKKKK.csv[.gz]
 *                                              doi,paper_index,author_position,affiliation_index,institution_id,country,affiliation,
 *                                              institution_key
 * </pre>
 * File names depend only on k, and a paper only on (seed, index), so a corpus is byte-identical however its chunks
 * are spread over tasks. gzip output carries no timestamp (Java writes mtime 0), so it is byte-identical too.
 *
 * <p>The ground-truth authorships describe the record ingest keeps under the default source priority: the IEEE
 * record when a paper is in both formats (its authors may have two affiliations; the ACM DL copy carries only the
 * first of each author, as the ACM DL does), else the ACM DL record. {@code institution_id} is empty for an
 * institution no gazetteer holds; {@code institution_key} names every true institution
 * ({@link SyntheticInstitution#key}: the ROR id, or {@code invented:<country>:<name>}), so that the grouping of the
 * invented ones can be scored; {@code categories} and {@code countries} are separated by {@code |}.
 */
public final class CorpusWriter {
    public static final String IEEE_DIR = SourceFormat.IEEE_XPLORE_API.id();
    public static final String ACM_DIR = SourceFormat.ACM_DL.id();
    public static final String TRUTH_PAPERS = "ground-truth/papers";
    public static final String TRUTH_AUTHORSHIPS = "ground-truth/authorships";
    public static final String PAPERS_HEADER = "doi,paper_index,year,formats,categories,international,countries,"
            + "n_authors";
    public static final String AUTHORSHIPS_HEADER = "doi,paper_index,author_position,affiliation_index,"
            + "institution_id,country,affiliation,institution_key";
    /** Articles per IEEE Xplore API response: the API's largest page ({@code max_records} = 200). */
    public static final int IEEE_PAGE = 200;
    private static final JsonFactory JSON = new JsonFactory();

    /** Opens a file of the corpus for writing, by its path relative to the corpus directory. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open(String relativePath) throws IOException;
    }

    /** What a chunk wrote. */
    public record ChunkStats(int chunk, long papers, long ieeeRecords, long acmRecords, long authorships,
                             long internationalPapers, List<String> files) implements java.io.Serializable {
    }

    private CorpusWriter() {
    }

    public static String partName(int chunk) {
        return String.format("part-%05d", chunk);
    }

    /** The files of chunk {@code k}, relative to the corpus directory. */
    public static List<String> files(CorpusSpec spec, int chunk) {
        String gz = spec.gzip() ? ".gz" : "";
        String part = partName(chunk);
        List<String> out = new ArrayList<>();
        if (spec.writes(SourceFormat.IEEE_XPLORE_API)) {
            out.add(IEEE_DIR + "/" + part + ".jsonl" + gz);
        }
        if (spec.writes(SourceFormat.ACM_DL)) {
            out.add(ACM_DIR + "/" + part + ".jsonl" + gz);
        }
        out.add(TRUTH_PAPERS + "/" + part + ".csv" + gz);
        out.add(TRUTH_AUTHORSHIPS + "/" + part + ".csv" + gz);
        return out;
    }

    public static ChunkStats write(PaperGenerator generator, int chunk, Sink sink) throws IOException {
        CorpusSpec spec = generator.spec();
        long from = (long) chunk * spec.papersPerFile();
        long to = Math.min(spec.papers(), from + spec.papersPerFile());
        if (from >= to) {
            throw new IllegalArgumentException("chunk " + chunk + " is past the end of a corpus of " + spec.papers());
        }
        List<String> files = files(spec, chunk);
        int f = 0;
        JsonGenerator ieee = null;
        OutputStream ieeeOut = null;
        if (spec.writes(SourceFormat.IEEE_XPLORE_API)) {
            ieeeOut = open(sink, files.get(f++), spec.gzip());
            ieee = JSON.createGenerator(ieeeOut, JsonEncoding.UTF8);
            ieee.setRootValueSeparator(null);
        }
        JsonGenerator acm = null;
        OutputStream acmOut = null;
        if (spec.writes(SourceFormat.ACM_DL)) {
            acmOut = open(sink, files.get(f++), spec.gzip());
            acm = JSON.createGenerator(acmOut, JsonEncoding.UTF8);
            acm.setRootValueSeparator(null);
        }
        Writer papers = writer(open(sink, files.get(f++), spec.gzip()));
        Writer authorships = writer(open(sink, files.get(f), spec.gzip()));
        papers.write(PAPERS_HEADER + "\n");
        authorships.write(AUTHORSHIPS_HEADER + "\n");

        List<SyntheticPaper> batch = new ArrayList<>((int) (to - from));
        long ieeeCount = 0;
        for (long i = from; i < to; i++) {
            SyntheticPaper p = generator.generate(i);
            batch.add(p);
            if (p.ieee()) {
                ieeeCount++;
            }
        }
        long acmCount = 0;
        long rows = 0;
        long international = 0;
        int onPage = 0;
        for (SyntheticPaper p : batch) {
            if (p.ieee()) {
                if (onPage == 0) {
                    ieee.writeStartObject();
                    ieee.writeNumberField("total_records", ieeeCount);
                    ieee.writeArrayFieldStart("articles");
                }
                writeIeee(ieee, p);
                if (++onPage == IEEE_PAGE) {
                    endPage(ieee, ieeeOut);
                    onPage = 0;
                }
            }
            if (p.acm()) {
                writeAcm(acm, p);
                acm.flush();
                acmOut.write('\n');
                acmCount++;
            }
            rows += writeTruth(p, papers, authorships);
            if (p.international()) {
                international++;
            }
        }
        if (ieee != null) {
            if (onPage > 0) {
                endPage(ieee, ieeeOut);
            }
            ieee.close();
        }
        if (acm != null) {
            acm.close();
        }
        papers.close();
        authorships.close();
        return new ChunkStats(chunk, to - from, ieeeCount, acmCount, rows, international, files);
    }

    private static void endPage(JsonGenerator g, OutputStream out) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static OutputStream open(CorpusWriter.Sink sink, String path, boolean gzip) throws IOException {
        OutputStream out = sink.open(path);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : new java.io.BufferedOutputStream(out, 1 << 16);
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    static void writeIeee(JsonGenerator g, SyntheticPaper p) throws IOException {
        g.writeStartObject();
        g.writeStringField("doi", p.doi());
        g.writeStringField("title", p.title());
        g.writeStringField("publisher", "IEEE");
        g.writeStringField("article_number", Long.toString(10_000_000L + p.index()));
        g.writeStringField("publication_year", Integer.toString(p.year()));
        g.writeStringField("publication_title", p.venue());
        g.writeStringField("content_type", p.journal() ? "Journals" : "Conferences");
        g.writeObjectFieldStart("index_terms");
        g.writeObjectFieldStart("ieee_terms");
        g.writeArrayFieldStart("terms");
        for (String t : p.ieeeTerms()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("author_terms");
        g.writeArrayFieldStart("terms");
        for (String t : p.authorTerms()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("authors");
        g.writeArrayFieldStart("authors");
        for (SyntheticPaper.Author a : p.authors()) {
            g.writeStartObject();
            g.writeStringField("full_name", a.name());
            g.writeNumberField("author_order", a.position());
            g.writeNumberField("id", a.id());
            g.writeStringField("affiliation", a.affiliations().get(0).text());
            g.writeObjectFieldStart("authorAffiliations");
            g.writeArrayFieldStart("authorAffiliation");
            for (SyntheticPaper.Affiliation af : a.affiliations()) {
                g.writeString(af.text());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    static void writeAcm(JsonGenerator g, SyntheticPaper p) throws IOException {
        g.writeStartObject();
        // the ACM DL often gives the DOI as a URL; normalisation must still merge it with the IEEE copy
        g.writeStringField("doi", p.ieee() && p.index() % 3 == 0 ? "https://doi.org/" + p.doi() : p.doi());
        g.writeStringField("title", p.title());
        g.writeNumberField("year", p.year());
        g.writeStringField("proctitle", p.venue());
        g.writeArrayFieldStart("tags");
        for (String t : p.authorTerms()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("authors");
        for (SyntheticPaper.Author a : p.authors()) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("institution", a.affiliations().get(0).text());
            g.writeStringField("acmid", Long.toString(81_000_000_000L + a.id() % 1_000_000_000L));
            g.writeStringField("orcid", "missing");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes the paper's ground-truth rows; returns the number of authorship rows. */
    static long writeTruth(SyntheticPaper p, Writer papers, Writer authorships) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        sb.append(p.doi()).append(',').append(p.index()).append(',').append(p.year()).append(',')
                .append(p.ieee() && p.acm() ? "ieee-xplore-api|acm-dl" : p.ieee() ? "ieee-xplore-api" : "acm-dl")
                .append(',');
        for (int i = 0; i < p.categories().size(); i++) {
            sb.append(i > 0 ? "|" : "").append(p.categories().get(i).id());
        }
        sb.append(',').append(p.international()).append(',').append(String.join("|", p.countries())).append(',')
                .append(p.authors().size()).append('\n');
        papers.write(sb.toString());
        long rows = 0;
        for (SyntheticPaper.Author a : p.authors()) {
            int n = p.ieee() ? a.affiliations().size() : 1;
            for (int j = 0; j < n; j++) {
                SyntheticPaper.Affiliation af = a.affiliations().get(j);
                sb.setLength(0);
                sb.append(p.doi()).append(',').append(p.index()).append(',').append(a.position()).append(',')
                        .append(j).append(',').append(af.rorId() == null ? "" : af.rorId()).append(',')
                        .append(af.country()).append(',').append(csv(af.text())).append(',')
                        .append(csv(af.institution())).append('\n');
                authorships.write(sb.toString());
                rows++;
            }
        }
        return rows;
    }

    /** An RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
