package org.collabatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.ingest.SharedData;
import org.collabatlas.schema.Schemas;
import org.collabatlas.testing.Cli;
import org.collabatlas.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collab-atlas ingest} over all the real records of {@code ../shared/data}, year window {@code all}.
 * Expected figures: shared/data/README.md for records and front matter; papers after merging (19,911, so 31
 * merged duplicates: WoS and Scopus records of the same DOI) from an independent Python count over the raw files
 * with the same merge rule (DOI, else title + year + first-author surname).
 */
@ExtendWith(SparkTestSession.class)
class SharedDataIngestTest {
    @TempDir
    static Path out;
    static JsonNode counts;
    static String stage;

    @BeforeAll
    static void ingest() {
        Path data = SharedData.root();
        SharedData.dir("ieee-xplore");
        Cli cli = Cli.ingest(out, "all",
                "ieee-xplore-api", data.resolve("ieee-xplore").toString(),
                "acm-dl", data.resolve("acm-dl").toString(),
                "wos", data.resolve("wos").toString(),
                "scopus", data.resolve("scopus").toString());
        assertEquals(0, cli.exitCode(), cli.err());
        stage = out.resolve("runs/test/ingest").toString();
        counts = Cli.json(out.resolve("runs/test/ingest/_run.json")).get("counts");
    }

    @Test
    void everyRecordIsAccountedFor() {
        assertEquals(5038 + 10341 + 4071 + 921, counts.get("read").asLong());
        assertEquals(5038, counts.at("/by_source/ieee-xplore-api/read").asLong());
        assertEquals(10341, counts.at("/by_source/acm-dl/read").asLong());
        assertEquals(4071, counts.at("/by_source/wos/read").asLong());
        assertEquals(921, counts.at("/by_source/scopus/read").asLong());
        assertEquals(404, counts.at("/by_source/ieee-xplore-api/rejected").asLong());
        assertEquals(0, counts.at("/by_source/acm-dl/rejected").asLong());
        assertEquals(5, counts.at("/by_source/wos/rejected").asLong());
        assertEquals(20, counts.at("/by_source/scopus/rejected").asLong());
        assertEquals(429, counts.at("/rejected_by_reason/no_authors").asLong());
        assertEquals(1, counts.get("rejected_by_reason").size(), "no other reject on the real data");
        assertEquals(19911, counts.get("accepted").asLong());
        assertEquals(31, counts.get("merged").asLong());
    }

    @Test
    void tablesMatchTheSummary(SparkSession spark) {
        Dataset<Row> papers = spark.read().schema(Schemas.PAPERS).parquet(stage + "/papers");
        assertEquals(19911, papers.count());
        assertEquals(19911, papers.select(countDistinct(col("paper_id"))).first().getLong(0));
        assertEquals(0, papers.filter(col("paper_id").isNull()).count());
        Dataset<Row> rejects = spark.read().schema(Schemas.REJECTS).parquet(stage + "/rejects");
        assertEquals(429, rejects.count());
        Dataset<Row> authorships = spark.read().schema(Schemas.AUTHORSHIPS).parquet(stage + "/authorships");
        assertEquals(counts.get("authorship_rows").asLong(), authorships.count());
        long authors = authorships.select(col("paper_id"), col("author_position")).distinct().count();
        assertEquals(counts.get("authors").asLong(), authors);
        // IEEE and ACM never merge with anything here, so all their authors survive: 18,777 + 41,662
        long ieeeAcmAuthors = authorships.join(papers.filter(col("source").isin("ieee-xplore-api", "acm-dl")),
                "paper_id").select(col("paper_id"), col("author_position")).distinct().count();
        assertEquals(18777 + 41662, ieeeAcmAuthors);
    }
}
