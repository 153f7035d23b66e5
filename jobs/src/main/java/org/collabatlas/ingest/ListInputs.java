package org.collabatlas.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.collabatlas.common.config.Settings;
import org.collabatlas.run.InputNotFoundException;

/**
 * Lists the files of {@code ingest.inputs} through the Hadoop FileSystem API (local, hdfs://, s3a://, gs://):
 * a file is itself, a directory is every file below it, except names starting with {@code .} or {@code _}
 * (hidden files, {@code _SUCCESS}, {@code _temporary}). A path that does not exist, cannot be listed, or holds no
 * file fails with an {@link InputNotFoundException} naming it. The result is sorted, so runs are reproducible.
 */
public final class ListInputs {
    private ListInputs() {
    }

    public static List<InputFile> list(Configuration hadoop, List<Settings.Input> inputs) {
        List<InputFile> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Settings.Input in = inputs.get(i);
            String where = "ingest.inputs[" + i + "] (format " + in.format().id() + ")";
            Path path = new Path(in.path());
            int before = out.size();
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus status = fs.getFileStatus(path);
                Path qualified = status.getPath();
                if (status.isFile()) {
                    out.add(new InputFile(in.format().id(), qualified.toString(), status.getLen(),
                            status.getModificationTime()));
                } else {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (f.isFile() && !hidden(qualified, f.getPath())) {
                            out.add(new InputFile(in.format().id(), f.getPath().toString(), f.getLen(),
                                    f.getModificationTime()));
                        }
                    }
                }
            } catch (FileNotFoundException e) {
                throw new InputNotFoundException(where + ": input path '" + in.path() + "' does not exist", e);
            } catch (IOException e) {
                throw new InputNotFoundException(where + ": input path '" + in.path() + "' cannot be read: "
                        + e.getMessage(), e);
            }
            if (out.size() == before) {
                throw new InputNotFoundException(where + ": input path '" + in.path()
                        + "' holds no files to read", null);
            }
        }
        out.sort(Comparator.comparing(InputFile::format).thenComparing(InputFile::path));
        return out;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
