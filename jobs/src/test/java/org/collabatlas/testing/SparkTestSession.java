package org.collabatlas.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@code local[2,4]} SparkSession for the whole test JVM (starting one costs seconds), injected into test
 * constructors and methods that take a {@link SparkSession} parameter: {@code @ExtendWith(SparkTestSession.class)}.
 * Jobs under test that call {@code SparkSession.builder().getOrCreate()} get this same session. Two threads, and
 * task retries on (a task may fail 4 times, as on a cluster; plain {@code local[2]} gives up at the first failure),
 * so that injected task failures ({@code TaskRetryTest}) are retried as they are in production.
 */
public final class SparkTestSession implements ParameterResolver {
    private static SparkSession session;

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,4]")
                    .appName("collab-atlas-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return get();
    }
}
