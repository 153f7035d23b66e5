package org.collabatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Small text files (run summaries, the {@code latest} pointer) through the Hadoop FileSystem API. */
public final class HadoopFiles {
    private HadoopFiles() {
    }

    /** Writes {@code text} to {@code path}, via a temporary file renamed into place where the FileSystem allows. */
    public static void writeString(Configuration conf, String path, String text) {
        Path target = new Path(path);
        try {
            FileSystem fs = target.getFileSystem(conf);
            Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
            try (OutputStream out = fs.create(tmp, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (fs.exists(target)) {
                fs.delete(target, false);
            }
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The text of {@code path}, or null when it does not exist. */
    public static String readString(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                return null;
            }
            try (InputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code path} for reading; the caller closes the stream. */
    public static InputStream open(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            return p.getFileSystem(conf).open(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    /** Creates (or overwrites) {@code path} for writing; the caller closes the stream. */
    public static OutputStream create(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            return p.getFileSystem(conf).create(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    public static boolean exists(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            return p.getFileSystem(conf).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + path + ": " + e.getMessage(), e);
        }
    }

    public static void delete(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            p.getFileSystem(conf).delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }

    /** Joins a directory URI and a relative child. */
    public static String child(String dir, String name) {
        return new Path(dir, name).toString();
    }
}
