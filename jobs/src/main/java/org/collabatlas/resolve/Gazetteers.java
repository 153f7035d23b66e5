package org.collabatlas.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.config.Settings;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;

/** The gazetteer of {@code resolve.ror} (a ROR dump read through the Hadoop FileSystem) or the shipped default. */
public final class Gazetteers {
    private static final Object LOCK = new Object();
    private static AffiliationMatcher matcher;
    private static Gazetteer matcherOf;
    private static MatcherModel modelOf;

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

    /**
     * The decision of {@code resolve.matcher}: null for the rules, else the model of {@code resolve.matcher-model}
     * or the one shipped in the jar.
     */
    public static MatcherModel model(Configuration conf, Settings.Resolve resolve) {
        if (resolve.matcher() == Settings.Resolve.Matcher.RULES) {
            return null;
        }
        String path = resolve.matcherModel();
        if (path == null) {
            MatcherModel shipped = MatcherModel.shipped();
            if (shipped == null) {
                throw new IllegalStateException("this build ships no matcher model; set resolve.matcher-model or "
                        + "resolve.matcher = rules");
            }
            return shipped;
        }
        if (!HadoopFiles.exists(conf, path)) {
            throw new InputNotFoundException("resolve.matcher-model: " + path + " does not exist", null);
        }
        try (InputStream in = HadoopFiles.open(conf, path)) {
            return MatcherModel.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read matcher model " + path + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("resolve.matcher-model " + path + ": " + e.getMessage(), e);
        }
    }

    /** A matcher of {@code g} with the decision {@code model} (null: the rules). */
    public static AffiliationMatcher matcher(Gazetteer g, MatcherModel model) {
        return new AffiliationMatcher(g, AffiliationMatcher.Options.defaults(), model);
    }

    /**
     * One matcher per JVM for a gazetteer and model (an executor builds its index once per broadcast value; a new
     * model over the same gazetteer reuses the index).
     */
    static AffiliationMatcher shared(Gazetteer g, MatcherModel model) {
        synchronized (LOCK) {
            if (matcherOf != g) {
                matcher = matcher(g, model);
                matcherOf = g;
                modelOf = model;
            } else if (modelOf != model) {
                matcher = matcher.withModel(model);
                modelOf = model;
            }
            return matcher;
        }
    }
}
