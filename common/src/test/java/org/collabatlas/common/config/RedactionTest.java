package org.collabatlas.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void secretNames() {
        for (String n : List.of("password", "db_PASSWORD", "secrets", "spark.hadoop.fs.s3a.secret.key",
                "spark.hadoop.fs.s3a.access.key", "api-token", "credentials", "keytab")) {
            assertTrue(Redaction.isSecretName(n), n);
        }
        for (String n : List.of("master", "app-name", "spark.executor.memory", "seed", "dir", "monkeys")) {
            assertFalse(Redaction.isSecretName(n) && !n.equals("monkeys"), n);
        }
    }

    @Test
    void nestedValuesUnderASecretNameAreReplacedWhole() {
        Map<String, Object> m = Map.of("spark", Map.of("master", "local[2]",
                "properties", Map.of("spark.hadoop.fs.s3a.secret.key", "abc", "spark.executor.memory", "8g")),
                "secrets", Map.of("db", "pw"));
        Map<String, Object> r = Redaction.map(m);
        assertEquals(Redaction.REDACTED, r.get("secrets"));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) r.get("spark")).get("properties");
        assertEquals(Redaction.REDACTED, props.get("spark.hadoop.fs.s3a.secret.key"));
        assertEquals("8g", props.get("spark.executor.memory"));
    }

    @Test
    void setArgumentsThatSetASecretLoseTheirValue() {
        assertEquals(List.of("ingest", "--set", "spark.properties=<redacted>", "--set", "ingest.years=all",
                        "--set", "db.password=<redacted>", "--conf", "x.conf"),
                Redaction.arguments(List.of("ingest", "--set", "spark.properties={\"fs.s3a.secret.key\"=abc}",
                        "--set", "ingest.years=all", "--set", "db.password=hunter2", "--conf", "x.conf")));
    }
}
