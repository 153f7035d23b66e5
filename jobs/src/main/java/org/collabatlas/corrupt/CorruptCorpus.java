package org.collabatlas.corrupt;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.collabatlas.common.corrupt.Corruptor;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.run.InputNotFoundException;
import org.collabatlas.run.UsageException;

/**
 * {@code collab-atlas corrupt --in CORPUS --out DIR [--rate R] [--seed S] [--copies N]}: every folder directly
 * under {@code CORPUS} whose name starts with a format's name ({@code ieee...}, {@code acm...}, {@code wos...},
 * {@code scopus...}, {@code openalex...}) is read as that format (files below it, recursively, except names
 * starting with {@code .} or {@code _}); other folders and loose files are skipped and named on the console.
 * The corrupted copy goes to {@code DIR/<folder>/...} and the manifest to
 * {@code DIR/}{@value Corruptor#MANIFEST}.
 */
public final class CorruptCorpus {
    private CorruptCorpus() {
    }

    /** The format a corpus folder holds, by its name; null when it names none. */
    public static SourceFormat formatOf(String folder) {
        String n = folder.toLowerCase(Locale.ROOT);
        if (n.startsWith("ieee")) {
            return SourceFormat.IEEE_XPLORE_API;
        }
        if (n.startsWith("acm")) {
            return SourceFormat.ACM_DL;
        }
        for (SourceFormat f : List.of(SourceFormat.WOS, SourceFormat.SCOPUS, SourceFormat.OPENALEX)) {
            if (n.startsWith(f.id())) {
                return f;
            }
        }
        return null;
    }

    public static Corruptor run(Configuration conf, String in, String out, Map<String, String> options,
                                PrintStream console) {
        double rate = number(options, "rate", "0.01");
        long seed = (long) number(options, "seed", "1");
        int copies = (int) number(options, "copies", "1");
        Corruptor.Options opts;
        try {
            opts = Corruptor.Options.of(rate, seed, copies);
        } catch (IllegalArgumentException e) {
            throw new org.collabatlas.run.UsageException("corrupt: " + e.getMessage());
        }
        Path inRoot = new Path(in);
        Path outRoot = new Path(out);
        try {
            FileSystem inFs = inRoot.getFileSystem(conf);
            FileSystem outFs = outRoot.getFileSystem(conf);
            FileStatus[] top;
            try {
                top = inFs.listStatus(inRoot);
            } catch (FileNotFoundException e) {
                throw new InputNotFoundException("corrupt --in: input path '" + in + "' does not exist", e);
            }
            if (outFs.exists(outRoot) && outFs.listStatus(outRoot).length > 0) {
                throw new org.collabatlas.run.UsageException("corrupt --out: '" + out + "' exists and is not empty");
            }
            java.util.Arrays.sort(top, Comparator.comparing(s -> s.getPath().getName()));
            Corruptor corruptor = new Corruptor(opts);
            List<String> skipped = new ArrayList<>();
            for (FileStatus dir : top) {
                String name = dir.getPath().getName();
                SourceFormat format = dir.isDirectory() ? formatOf(name) : null;
                if (format == null) {
                    if (!name.startsWith(".") && !name.startsWith("_")) {
                        skipped.add(name);
                    }
                    continue;
                }
                for (Path file : files(inFs, dir.getPath())) {
                    String rel = name + "/" + relative(dir.getPath(), file);
                    byte[] bytes;
                    try (InputStream s = inFs.open(file)) {
                        bytes = s.readAllBytes();
                    }
                    corruptor.file(format, rel, bytes, o -> write(outFs, outRoot, o));
                }
            }
            corruptor.finish(o -> write(outFs, outRoot, o));
            console.println("corrupt: " + corruptor.records() + " record units written, "
                    + corruptor.manifest().size() + " corrupted units " + corruptor.counts() + " -> " + out
                    + " (manifest " + Corruptor.MANIFEST + ")" + (skipped.isEmpty() ? ""
                    : "; skipped (not a format folder): " + skipped));
            return corruptor;
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt: " + e.getMessage(), e);
        }
    }

    private static double number(Map<String, String> options, String key, String dflt) {
        String v = options.getOrDefault(key, dflt);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new org.collabatlas.run.UsageException("--" + key + " must be a number, got '" + v + "'");
        }
    }

    private static List<Path> files(FileSystem fs, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String rel = relative(dir, f.getPath());
            boolean hidden = false;
            for (String part : rel.split("/")) {
                hidden |= part.startsWith(".") || part.startsWith("_");
            }
            if (f.isFile() && !hidden) {
                out.add(f.getPath());
            }
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private static String relative(Path root, Path file) {
        String r = root.toUri().getPath();
        String f = file.toUri().getPath();
        return f.startsWith(r + "/") ? f.substring(r.length() + 1) : file.getName();
    }

    private static void write(FileSystem fs, Path root, Corruptor.Output o) {
        Path p = new Path(root, o.path());
        try (OutputStream s = fs.create(p, false)) {
            s.write(o.content());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt: cannot write " + p + ": " + e.getMessage(), e);
        }
    }
}
