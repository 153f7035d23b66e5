package org.collabatlas.cli;

import com.typesafe.config.ConfigUtil;
import java.util.ArrayList;
import java.util.List;
import org.collabatlas.common.config.AtlasConfig;
import picocli.CommandLine.Option;

/** The configuration options every command takes: {@code --conf}, {@code --set}, {@code --ror}. */
final class ConfigOptions {
    @Option(names = "--conf", paramLabel = "FILE", description = {
        "A HOCON overlay over the defaults (repeatable; later wins). Default: local.conf.",
        "A local path, a Hadoop URI (s3a://, gs://, hdfs://), or an overlay shipped in the jar (local.conf, emr.conf,"
            + " dataproc.conf)."})
    List<String> confFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "key=value", description = {
        "One setting, value in HOCON (repeatable; wins over --conf), e.g. --set ingest.years=all",
        "--set 'ingest.inputs=[{format=wos,path=\"/data/wos\"}]'. Every key is in conf/application.conf."})
    List<String> settings = new ArrayList<>();

    @Option(names = "--ror", paramLabel = "FILE",
            description = {"A ROR data dump (JSON, v2 or v1, plain or gzip): the same as --set resolve.ror=FILE.",
                "Its index is cached after the first use: resolve.index-cache (DIR, or none)."})
    String ror;

    /** The config of these options, with {@code implied} settings (from a command's own options) after --set. */
    AtlasConfig load(List<String> implied) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(implied);
        if (ror != null) {
            all.add("resolve.ror=" + ConfigUtil.quoteString(ror));
        }
        return ConfigLoader.load(confFiles, all);
    }
}
