package org.collabatlas.resolve;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.collabatlas.common.affiliation.country.CountryResolver;
import org.collabatlas.common.affiliation.country.CountryResult;

/**
 * Executor side of country resolution: one {@link CountryResolver} per executor JVM (its tables load once), applied
 * to each distinct (raw_affiliation, raw_country) pair. Output: the pair, then country, method, evidence, reason.
 */
final class ResolveCountries implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static volatile CountryResolver resolver;

    static CountryResolver resolver() {
        CountryResolver r = resolver;
        if (r == null) {
            synchronized (ResolveCountries.class) {
                if (resolver == null) {
                    resolver = CountryResolver.create();
                }
                r = resolver;
            }
        }
        return r;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
        CountryResolver r = resolver();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pairs.hasNext();
            }

            @Override
            public Row next() {
                Row in = pairs.next();
                String raw = in.getString(0);
                String rawCountry = in.getString(1);
                CountryResult c = r.resolve(raw, rawCountry);
                return RowFactory.create(raw, rawCountry, c.code(), c.method().name().toLowerCase(java.util.Locale.ROOT),
                        c.evidence(), c.reason() == null ? null : c.reason().name().toLowerCase(java.util.Locale.ROOT));
            }
        };
    }
}
