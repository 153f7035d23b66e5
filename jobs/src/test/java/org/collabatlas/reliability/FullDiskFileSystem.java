package org.collabatlas.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A local file system under the scheme {@code fullfs://} whose disk is "full" for every file below a folder named
 * {@code papers}: writing to such a file throws {@code IOException("No space left on device")}, as a full local
 * disk does. (A small tmpfs would need root; {@code /dev/full} only works for a single file, not for Spark's
 * directory of part files.) Register with {@code fs.fullfs.impl}.
 */
public class FullDiskFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
        return URI.create("fullfs:///");
    }

    @Override
    public String getScheme() {
        return "fullfs";
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        return full(f) ? failing() : super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        return full(f) ? failing()
                : super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    private static boolean full(Path f) {
        return f.toUri().getPath().contains("/papers/");
    }

    private static FSDataOutputStream failing() throws IOException {
        return new FSDataOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        }, null);
    }
}
