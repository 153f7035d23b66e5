package org.collabatlas.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.List;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.junit.jupiter.api.Test;

class AtlasConfigTest {
    static final Config REFERENCE = ConfigFactory.parseFile(
            Path.of(System.getProperty("collabatlas.root", "..")).resolve("conf/application.conf").toFile());

    static AtlasConfig with(String... settings) {
        Config layered = ConfigFactory.empty();
        for (String s : settings) {
            layered = layered.withFallback(AtlasConfig.parseSetting(s));
        }
        return AtlasConfig.from(layered, REFERENCE);
    }

    static List<String> problems(String... settings) {
        return assertThrows(InvalidConfigException.class, () -> with(settings)).problems();
    }

    @Test
    void defaultsAreValid() {
        AtlasConfig c = with();
        assertEquals(YearWindow.parse("2016-2022"), c.ingest().years());
        assertEquals(5, c.ingest().inputs().size());
        assertEquals(List.of(SourceFormat.values()), c.ingest().sourcePriority());
        assertNull(c.spark().master());
        assertNull(c.resolve().ror());
        assertEquals("output", c.output().dir());
        assertEquals(3000, c.ingest().limits().maxAuthors());
    }

    @Test
    void setTakesHoconValuesIncludingLists() {
        AtlasConfig c = with("ingest.inputs=[{format=wos,path=\"/data/wos\"},{format=scopus,path=\"s3a://b/scopus\"}]",
                "ingest.years=all", "output.dir=s3a://bucket/runs", "resolve.ror=/data/ror.json.gz");
        assertEquals(List.of(new Settings.Input(SourceFormat.WOS, "/data/wos"),
                new Settings.Input(SourceFormat.SCOPUS, "s3a://b/scopus")), c.ingest().inputs());
        assertTrue(c.ingest().years().isAll());
        assertEquals("s3a://bucket/runs", c.output().dir());
        assertEquals("/data/ror.json.gz", c.resolve().ror());
    }

    @Test
    void theIndexCacheIsTheDefaultPlaceADirectoryOrNone() {
        assertNull(with().resolve().indexCache());
        assertTrue(with("resolve.index-cache=none").resolve().indexCacheOff());
        assertEquals("/var/cache/atlas", with("resolve.index-cache=\"/var/cache/atlas\"").resolve().indexCache());
        assertEquals(new Settings.Resolve("x.json", Settings.Resolve.Matcher.LEARNED, null, null),
                new Settings.Resolve("x.json"), "the older constructors keep the default cache");
        List<String> p = problems("resolve.index-cache=\" \"");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("resolve.index-cache: must be null or a non-empty string"), p.get(0));
    }

    @Test
    void unknownKeysAreNamedWithAHint() {
        List<String> p = problems("ingest.yeers=all");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("ingest.yeers: unknown key"), p.get(0));
        assertTrue(p.get(0).contains("did you mean 'ingest.years'"), p.get(0));
        assertTrue(problems("nothing.here=1").get(0).startsWith("nothing: unknown key"));
    }

    @Test
    void wrongTypesAndValuesAreNamedEachOnItsLine() {
        List<String> p = problems("ingest.limits.max-authors=many", "spark.shuffle-partitions=0",
                "ingest.years=2022-2016", "centrality.export-csv=perhaps", "ingest.source-priority=[wos, wos, endnote]");
        assertEquals(6, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ingest.limits.max-authors: must be a whole number")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("spark.shuffle-partitions: must be a whole number from 1")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ingest.years: year window 2022-2016 is empty")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("centrality.export-csv: must be true or false")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ingest.source-priority[1]: 'wos' is listed twice")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ingest.source-priority[2]: unknown format 'endnote'")));
    }

    @Test
    void inputsAreCheckedElementByElement() {
        List<String> p = problems("ingest.inputs=[{format=wos}, {format=bibtex, path=x}, {path=y, extra=1}, 7]");
        assertEquals(List.of("ingest.inputs[0].path: missing",
                "ingest.inputs[1].format: unknown format 'bibtex'; expected one of ieee-xplore-api, acm-dl, wos, "
                        + "scopus, openalex",
                "ingest.inputs[2].extra: unknown key (an input has only format and path)",
                "ingest.inputs[2].format: missing (one of ieee-xplore-api, acm-dl, wos, scopus, openalex)",
                "ingest.inputs[3]: must be an object { format = ..., path = ... }"), p);
    }

    @Test
    void anEmptyInputListIsAnError() {
        List<String> p = problems("ingest.inputs=[]");
        assertTrue(p.get(0).startsWith("ingest.inputs: is empty: there is nothing to ingest"), p.toString());
    }

    @Test
    void sparkPropertiesPassThrough() {
        AtlasConfig c = with("spark.properties={\"spark.executor.memory\"=\"8g\"}");
        assertEquals("8g", c.spark().properties().get("spark.executor.memory"));
        List<String> p = problems("spark.properties.spark.executor.memory=8g");
        assertTrue(p.get(0).contains("quote dotted keys"), p.toString());
    }

    @Test
    void hashIsStableAndChangesWithAnySetting() {
        assertEquals(with().hash(), with().hash());
        assertNotEquals(with().hash(), with("ingest.years=all").hash());
        assertEquals(64, with().hash().length());
    }

    @Test
    void unquotedUrlsInsideHoconListsAreAClearError() {
        List<String> p = problems("ingest.inputs=[{format=wos,path=s3a://b/wos}]");
        assertTrue(p.get(0).startsWith("ingest.inputs: cannot parse --set value"), p.toString());
    }

    @Test
    void aBareUrlValueIsTakenAsAString() {
        assertEquals("s3a://bucket/out", with("output.dir=s3a://bucket/out").output().dir());
    }

    @Test
    void malformedSetIsAClearError() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> AtlasConfig.parseSetting("novalue"));
        assertTrue(e.getMessage().contains("expected key=value"));
    }

    @Test
    void reportDefaultsAreTheStudys() {
        Settings.Report r = with().report();
        assertEquals("JP", r.referenceCountry());
        assertEquals(30, r.regions().size());
        assertEquals(List.of("CN", "IN", "JP", "KR", "AU"), r.regions().subList(0, 5));
        assertEquals("KP", r.regions().get(29));
        assertEquals(100, r.topInstitutions());
        assertEquals(YearWindow.parse("2016-2022"), r.trendYears());
        assertEquals(new Settings.Typology(1.0, 1.0, 2.5, 2.0, 25), r.typology());
        assertEquals(new Settings.Strengths(1.2, 0.8, 10), r.strengths());
        assertEquals("KR", with("report.reference-country=kr").report().referenceCountry());
    }

    @Test
    void reportKeysAreChecked() {
        List<String> p = problems("report.reference-country=Japan", "report.regions=[JP, JPN, JP]",
                "report.typology.similar.papers-factor=0.5", "report.strengths.weak-activity-index=1.5",
                "report.typology.eigenvector-threshold=-1", "report.strengths.strong=2");
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.reference-country: must be an ISO 3166-1 alpha-2")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.regions[1]: must be an ISO")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.regions[2]: 'JP' is listed twice")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.typology.similar.papers-factor: must be at least 1")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.strengths.weak-activity-index: must be below")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.typology.eigenvector-threshold: must be a number "
                + "greater than 0")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("report.strengths.strong: unknown key")), p.toString());
    }
}
