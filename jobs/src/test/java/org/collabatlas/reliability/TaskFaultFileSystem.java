package org.collabatlas.reliability;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.apache.spark.TaskContext;

/**
 * The test-only fault hook: a local file system under the scheme {@code faultfs://} on which every Spark task's
 * first attempt fails the first time it opens or creates a file ({@code IOException("injected fault ...")}); the
 * task's retry (attempt 1, same partition) works normally. The driver (no {@link TaskContext}) is never failed.
 * Every input file and every table of a run put on this scheme therefore makes each stage lose the first attempt
 * of every task that reads or writes: input parsing, Parquet reads of the upstream stage, checkpoints and the
 * writes of every output table. Register with {@code fs.faultfs.impl}; needs a master with task retries
 * ({@code local[N,F]} with F >= 2, or a cluster).
 */
public class TaskFaultFileSystem extends RawLocalFileSystem {
    /** The files whose access failed, as {@code path}, in this JVM (local mode: the test's). */
    static final Set<String> FAILED = ConcurrentHashMap.newKeySet();
    /** Faults are injected only while this is true (otherwise the scheme is a plain local file system). */
    static volatile boolean enabled;

    @Override
    public URI getUri() {
        return URI.create("faultfs:///");
    }

    @Override
    public String getScheme() {
        return "faultfs";
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        maybeFail(f);
        return super.open(f, bufferSize);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        maybeFail(f);
        return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        maybeFail(f);
        return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    // RawLocalFileSystem's statuses load their permissions through java.io.File(URI), which refuses any scheme but
    // file: statuses with the permissions given here instead
    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        FileStatus[] s = super.listStatus(f);
        for (int i = 0; i < s.length; i++) {
            s[i] = plain(s[i]);
        }
        return s;
    }

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        return plain(super.getFileStatus(f));
    }

    private static FileStatus plain(FileStatus s) {
        return new FileStatus(s.getLen(), s.isDirectory(), s.getReplication(), s.getBlockSize(),
                s.getModificationTime(), s.getAccessTime(),
                s.isDirectory() ? FsPermission.getDirDefault() : FsPermission.getFileDefault(), "test", "test",
                s.getPath());
    }

    private static void maybeFail(Path f) throws IOException {
        TaskContext task = TaskContext.get();
        if (enabled && task != null && task.attemptNumber() == 0) {
            FAILED.add(f.toUri().getPath());
            throw new IOException("injected fault: first attempt of task " + task.partitionId() + " of stage "
                    + task.stageId() + " opening " + f);
        }
    }
}
