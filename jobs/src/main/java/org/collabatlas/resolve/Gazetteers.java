package org.collabatlas.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;

/** The gazetteer of {@code resolve.ror} (a ROR dump read through the Hadoop FileSystem) or the shipped default. */
public final class Gazetteers {
    private static final Object LOCK = new Object();
    private static AffiliationMatcher matcher;
    private static Gazetteer matcherOf;

    private Gazetteers() {
    }

    /** Loads the ROR dump at {@code ror}, or the shipped gazetteer when {@code ror} is null. */
    public static Gazetteer load(Configuration conf, String ror) {
        if (ror == null) {
            return Gazetteer.shipped();
        }
        if (!HadoopFiles.exists(conf, ror)) {
            throw new InputNotFoundException("resolve.ror: ROR dump " + ror + " does not exist", null);
        }
        try (InputStream in = HadoopFiles.open(conf, ror)) {
            return Gazetteer.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROR dump " + ror + ": " + e.getMessage(), e);
        }
    }

    /** One matcher per JVM for a gazetteer (an executor builds its index once per broadcast value). */
    static AffiliationMatcher matcher(Gazetteer g) {
        synchronized (LOCK) {
            if (matcherOf != g) {
                matcher = new AffiliationMatcher(g);
                matcherOf = g;
            }
            return matcher;
        }
    }
}
