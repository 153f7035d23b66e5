package org.collabatlas.generate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.collabatlas.common.generate.CorpusWriter;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.schema.Schemas;

/** Reads the ground truth of a generated corpus (plain or gzip CSV, RFC 4180 quoting) with its explicit schemas. */
public final class GroundTruth {
    private GroundTruth() {
    }

    public static Dataset<Row> papers(SparkSession spark, String corpusDir) {
        return read(spark, corpusDir, CorpusWriter.TRUTH_PAPERS, Schemas.GROUND_TRUTH_PAPERS);
    }

    public static Dataset<Row> authorships(SparkSession spark, String corpusDir) {
        return read(spark, corpusDir, CorpusWriter.TRUTH_AUTHORSHIPS, Schemas.GROUND_TRUTH_AUTHORSHIPS);
    }

    private static Dataset<Row> read(SparkSession spark, String dir, String table,
                                     org.apache.spark.sql.types.StructType schema) {
        return spark.read().schema(schema).option("header", "true").option("quote", "\"").option("escape", "\"")
                .option("mode", "FAILFAST").csv(HadoopFiles.child(dir, table));
    }
}
