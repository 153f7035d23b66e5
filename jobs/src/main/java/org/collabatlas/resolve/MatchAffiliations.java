package org.collabatlas.resolve;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.Candidate;
import org.collabatlas.common.affiliation.match.MatchResult;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;

/**
 * Executor side of resolution: each distinct (raw_affiliation, raw_country) pair through the
 * {@link AffiliationMatcher} of the broadcast gazetteer and index (the bytes of a {@link PreparedGazetteer}, decoded
 * once per executor JVM: a byte array ships the same way under the Java and the Kryo serializer). Output rows follow
 * {@link org.collabatlas.schema.Schemas#AFFILIATION_MATCHES}.
 */
final class MatchAffiliations implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<byte[]> prepared;
    private final Broadcast<MatcherModel> model;

    /**
     * @param prepared {@link PreparedGazetteer#toBytes}
     * @param model    the learned decision's model, a broadcast of null for the rules
     */
    MatchAffiliations(Broadcast<byte[]> prepared, Broadcast<MatcherModel> model) {
        this.prepared = prepared;
        this.model = model;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
        AffiliationMatcher m = Gazetteers.shared(prepared.id(), () -> PreparedGazetteer.read(prepared.value()),
                model.value());
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
