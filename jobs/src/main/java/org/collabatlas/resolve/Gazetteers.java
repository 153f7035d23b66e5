package org.collabatlas.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.IndexCache;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.affiliation.match.PreparedGazetteer;
import org.collabatlas.common.config.Settings;
import org.collabatlas.io.HadoopFiles;
import org.collabatlas.run.InputNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gazetteer of {@code resolve.ror} (a ROR dump read through the Hadoop FileSystem) or the shipped default, with
 * the matcher's index: {@link #prepare} reads both from the index cache of {@code resolve.index-cache}
 * ({@link IndexCache}) when it can.
 */
public final class Gazetteers {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteers.class);
    private static final Object LOCK = new Object();
    private static long preparedKey = Long.MIN_VALUE;
    private static PreparedGazetteer preparedOf;
    private static AffiliationMatcher matcher;
    private static MatcherModel modelOf;

    private Gazetteers() {
    }

    /** Loads the ROR dump at {@code ror}, or the shipped gazetteer when {@code ror} is null (no index, no cache). */
    public static Gazetteer load(Configuration conf, String ror) {
        if (ror == null) {
            return Gazetteer.shipped();
        }
        requireDump(conf, ror);
        try (InputStream in = HadoopFiles.open(conf, ror)) {
            return Gazetteer.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROR dump " + ror + ": " + e.getMessage(), e);
        }
    }

    /**
     * The gazetteer of {@code resolve.ror} with its matcher index: from the index cache when it holds this dump
     * (same SHA-256), else built and cached; the shipped gazetteer's is built (it takes milliseconds).
     */
    public static PreparedGazetteer prepare(Configuration conf, Settings.Resolve resolve) {
        String ror = resolve.ror();
        if (ror == null) {
            return PreparedGazetteer.of(Gazetteer.shipped());
        }
        requireDump(conf, ror);
        byte[] dump;
        try (InputStream in = HadoopFiles.open(conf, ror)) {
            dump = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROR dump " + ror + ": " + e.getMessage(), e);
        }
        long t = System.nanoTime();
        IndexCache.Result r = cache(conf, resolve).prepare(dump);
        double s = (System.nanoTime() - t) / 1e9;
        if (r.problem() != null) {
            LOG.warn("ROR index cache: {}", r.problem());
        }
        switch (r.outcome()) {
            case READ -> LOG.info("ROR index of {} read from {} in {} s", ror, r.file(), String.format("%.1f", s));
            case BUILT -> LOG.info("ROR index of {} built in {} s{}", ror, String.format("%.1f", s),
                    r.problem() == null ? ", cached in " + r.file() : "");
            case UNCACHED -> LOG.info("ROR index of {} built in {} s (resolve.index-cache = none)", ror,
                    String.format("%.1f", s));
        }
        return r.prepared();
    }

    /** The cache of {@code resolve.index-cache}: off, the directory given, or the default one of the dump. */
    static IndexCache cache(Configuration conf, Settings.Resolve resolve) {
        if (resolve.indexCacheOff()) {
            return IndexCache.off();
        }
        if (resolve.indexCache() != null) {
            return IndexCache.in(java.nio.file.Path.of(resolve.indexCache()));
        }
        return IndexCache.in(IndexCache.defaultDirectory(localFile(conf, resolve.ror())));
    }

    /** The dump as a local file, or null when it is on another file system (HDFS, S3). */
    private static java.nio.file.Path localFile(Configuration conf, String ror) {
        Path p = new Path(ror);
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
                return java.nio.file.Path.of(fs.makeQualified(p).toUri());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ROR dump " + ror + ": " + e.getMessage(), e);
        }
    }

    private static void requireDump(Configuration conf, String ror) {
        if (!HadoopFiles.exists(conf, ror)) {
            throw new InputNotFoundException("resolve.ror: ROR dump " + ror + " does not exist", null);
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

    /** A matcher of {@code g} with the decision {@code model} (null: the rules); builds the index. */
    public static AffiliationMatcher matcher(Gazetteer g, MatcherModel model) {
        return matcher(PreparedGazetteer.of(g), model);
    }

    /** A matcher over a prepared index with the decision {@code model} (null: the rules). */
    public static AffiliationMatcher matcher(PreparedGazetteer prepared, MatcherModel model) {
        return new AffiliationMatcher(prepared, AffiliationMatcher.Options.defaults(), model);
    }

    /**
     * Makes {@code prepared} the gazetteer of {@code key} in this JVM, so that {@link #shared} does not decode it
     * again where it already is (the driver, which runs the tasks in local mode).
     */
    static void register(long key, PreparedGazetteer prepared) {
        synchronized (LOCK) {
            if (preparedKey != key) {
                preparedKey = key;
                preparedOf = prepared;
                matcher = null;
            }
        }
    }

    /**
     * One matcher per JVM for a gazetteer (identified by {@code key}, a broadcast id) and model: an executor decodes
     * the prepared gazetteer once per key; a new model over the same gazetteer reuses the index.
     */
    static AffiliationMatcher shared(long key, Supplier<PreparedGazetteer> decode, MatcherModel model) {
        synchronized (LOCK) {
            if (preparedKey != key) {
                preparedOf = decode.get();
                preparedKey = key;
                matcher = null;
            }
            if (matcher == null) {
                matcher = matcher(preparedOf, model);
                modelOf = model;
            } else if (modelOf != model) {
                matcher = matcher.withModel(model);
                modelOf = model;
            }
            return matcher;
        }
    }
}
