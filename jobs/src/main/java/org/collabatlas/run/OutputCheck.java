package org.collabatlas.run;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks, before any stage starts, that a run directory can be created and written: a probe file is written and
 * deleted. A path under a regular file, under {@code /proc}, on a read-only or full file system fails here, with
 * the path in the message, instead of deep inside a Spark job.
 */
public final class OutputCheck {
    private OutputCheck() {
    }

    public static void writable(Configuration conf, String dir) {
        Path p = new Path(dir);
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.mkdirs(p)) {
                throw new IOException("the directory cannot be created");
            }
            Path probe = new Path(p, ".write-probe");
            try (OutputStream out = fs.create(probe, true)) {
                out.write('\n');
            }
            fs.delete(probe, false);
        } catch (IOException | RuntimeException e) {
            throw new OutputNotWritableException("output.dir: cannot write the run directory " + dir + ": "
                    + e.getMessage(), e);
        }
    }
}
