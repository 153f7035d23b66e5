package org.collabatlas.resolve;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.Candidate;
import org.collabatlas.common.affiliation.match.MatchResult;
import org.collabatlas.common.affiliation.match.MatcherModel;

/**
 * Executor side of resolution: each distinct (raw_affiliation, raw_country) pair through the
 * {@link AffiliationMatcher} of the broadcast gazetteer (built once per executor JVM). Output rows follow
 * {@link org.collabatlas.schema.Schemas#AFFILIATION_MATCHES}.
 */
final class MatchAffiliations implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Gazetteer> gazetteer;
    private final Broadcast<MatcherModel> model;

    /** @param model the learned decision's model, a broadcast of null for the rules */
    MatchAffiliations(Broadcast<Gazetteer> gazetteer, Broadcast<MatcherModel> model) {
        this.gazetteer = gazetteer;
        this.model = model;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
        AffiliationMatcher m = Gazetteers.shared(gazetteer.value(), model.value());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pairs.hasNext();
            }

            @Override
            public Row next() {
                Row in = pairs.next();
                return row(in.getString(0), in.getString(1), m.match(in.getString(0), in.getString(1)));
            }
        };
    }

    /** The output row of one match. */
    static Row row(String raw, String rawCountry, MatchResult r) {
        List<Candidate> c = r.candidates();
        return RowFactory.create(raw, rawCountry, r.normalized(),
                c.stream().map(Candidate::rorId).toArray(String[]::new),
                c.stream().map(Candidate::name).toArray(String[]::new),
                r.country(), r.countryMethod(),
                MatchResult.COUNTRY_FROM_INSTITUTION.equals(r.countryMethod()) ? c.get(0).rorId()
                        : r.countryResult().evidence(), r.countryReason(), r.score(),
                r.method().code(), r.reason() == null ? null : r.reason().code());
    }
}
