package org.collabatlas.common.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.ingest.Parsed;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.Keyword;
import org.collabatlas.common.record.SourceRecord;

/**
 * Throughput of {@link KeywordClassifier#classifyMask} on one thread with the shipped taxonomy: every record of
 * {@code ../shared/data} (IEEE, ACM, WoS, Scopus: keywords and titles), repeated to {@code PAPERS} calls. Not a test:
 * run by {@code deploy/bench/classify-throughput.sh}.
 */
public final class KeywordClassifierBenchmark {
    private static final int PAPERS = 2_000_000;

    private KeywordClassifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<List<String>> keywords = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        long keywordCount = 0;
        for (String[] src : new String[][] {{"ieee-xplore", "ieee-xplore-api"}, {"acm-dl", "acm-dl"},
                {"wos", "wos"}, {"scopus", "scopus"}}) {
            for (SourceRecord r : Parsed.ofFiles(SourceFormat.fromId(src[1]), SharedData.files(src[0]),
                    YearWindow.ALL).records()) {
                keywords.add(r.keywords().stream().map(Keyword::term).toList());
                titles.add(r.title());
                keywordCount += r.keywords().size();
            }
        }
        Taxonomy taxonomy = Taxonomy.parse(Files.readString(TaxonomyTest.shipped()), "taxonomy.conf");
        KeywordClassifier classifier = new KeywordClassifier(taxonomy, true);
        int phrases = taxonomy.categories().stream().mapToInt(c -> c.terms().size() + c.exclude().size()).sum();
        System.out.printf("%d records, %.1f keywords per record; taxonomy of %d categories, %d phrases%n",
                keywords.size(), keywordCount / (double) keywords.size(), taxonomy.categories().size(), phrases);
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            long assigned = 0;
            for (int i = 0; i < PAPERS; i++) {
                int k = i % keywords.size();
                assigned += Long.bitCount(classifier.classifyMask(keywords.get(k), titles.get(k)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d papers in %.2f s = %.0f papers/s on one thread (%d assignments)%n",
                    round, PAPERS, seconds, PAPERS / seconds, assigned);
        }
    }
}
