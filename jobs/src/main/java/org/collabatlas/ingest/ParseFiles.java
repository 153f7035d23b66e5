package org.collabatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.collabatlas.common.ingest.FileParser;
import org.collabatlas.common.ingest.Limits;
import org.collabatlas.common.ingest.SourceFormat;
import org.collabatlas.common.ingest.YearWindow;
import org.collabatlas.common.record.ReasonCode;
import org.collabatlas.common.record.Reject;
import org.collabatlas.io.SerializableHadoopConf;
import org.collabatlas.io.StreamedIterator;

/**
 * The executor side of ingest: each input file of a partition is opened through the Hadoop FileSystem and streamed
 * through {@link FileParser} (pure {@code common} code); every unit it holds becomes one row of the parsed table.
 * An I/O error opening or reading a file fails the task while Spark has attempts left, so that a transient failure
 * (an object store, a network file system, a lost disk) is retried with the whole file; on the task's last attempt
 * the file (or its unread rest) becomes one {@code unreadable_file} reject, so that a file that cannot be read at
 * all is accounted for without stopping the run.
 */
final class ParseFiles implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final long serialVersionUID = 1L;
    private final SerializableHadoopConf hadoop;
    private final Limits limits;
    private final YearWindow window;

    ParseFiles(SerializableHadoopConf hadoop, Limits limits, YearWindow window) {
        this.hadoop = hadoop;
        this.limits = limits;
        this.window = window;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> assigned) {
        List<InputFile> sorted = new java.util.ArrayList<>();
        assigned.forEachRemaining(sorted::add);
        sorted.sort(java.util.Comparator.comparing(InputFile::path));
        Iterator<InputFile> files = sorted.iterator();
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = open(files.next());
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Iterator<Row> open(InputFile file) {
        SourceFormat format = SourceFormat.fromId(file.format());
        boolean lastAttempt = TaskAttempts.isLast(TaskContext.get());
        FileParser parser = lastAttempt ? new FileParser(format, limits, window)
                : new FileParser(format, limits, window).rethrowingReadErrors();
        Path path = new Path(file.path());
        InputStream in;
        try {
            FileSystem fs = path.getFileSystem(hadoop.get());
            in = fs.open(path);
        } catch (IOException e) {
            if (!lastAttempt) {
                throw new java.io.UncheckedIOException("cannot open " + file.path() + " (the task will be retried)", e);
            }
            return List.of(ParsedRows.toRow(new Reject(format.id(), file.path(), "file",
                    ReasonCode.UNREADABLE_FILE, "cannot open: " + e, ""))).iterator();
        }
        StreamedIterator<Row> rows = new StreamedIterator<>("parse " + file.path(), 16, sink -> {
            try (InputStream stream = in) {
                parser.parse(file.path(), stream, out -> sink.accept(ParsedRows.toRow(out)));
            }
        });
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> rows.close());
        }
        return rows;
    }
}
