package org.collabatlas.centrality;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.array.ByteArrayMethods;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A slice's vertex numbering, shared by both paths to the kernels ({@link SliceGraph}, {@link LargeSlice}): vertex
 * {@code v} is the {@code v}-th id in Spark's string order (unsigned UTF-8 bytes, as an {@code orderBy} sorts).
 * Holds the ids in numbering order and their numbers: the ids' UTF-8 bytes in one array and an open-addressing
 * table of vertex numbers (built on first use, once per JVM: the driver, and each executor that reads the
 * broadcast). Looked up by UTF-8 bytes (Spark's internal strings) without a String or boxed Integer per lookup;
 * two arrays also serialise as a broadcast far faster than a million Strings.
 */
final class VertexIds implements java.io.Serializable {
    private static final long serialVersionUID = 2L;
    private static final int SEED = 42;
    /** Id {@code v} is {@code data[start[v] .. start[v + 1])}. */
    private final byte[] data;
    private final int[] start;
    /** Vertex number + 1 per slot, 0 for an empty slot; at most half full. */
    private transient volatile int[] table;

    /**
     * The positions of {@code rows} (first column: the id) in Spark's string order of their ids (unsigned UTF-8
     * bytes, as an {@code orderBy} sorts), each id converted once: the vertex numbering of both paths.
     */
    static int[] idOrder(List<Row> rows) {
        UTF8String[] utf8 = new UTF8String[rows.size()];
        Integer[] order = new Integer[utf8.length];
        for (int v = 0; v < utf8.length; v++) {
            utf8[v] = UTF8String.fromString(rows.get(v).getString(0));
            order[v] = v;
        }
        java.util.Arrays.sort(order, (a, b) -> utf8[a].compareTo(utf8[b]));
        int[] out = new int[order.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = order[v];
        }
        return out;
    }

    /** The ids in Spark's string order (unsigned UTF-8 bytes), each converted once. */
    static String[] sorted(List<Row> rows) {
        int[] order = idOrder(rows);
        String[] ids = new String[order.length];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = rows.get(order[v]).getString(0);
        }
        return ids;
    }

    VertexIds(String[] ids) {
        byte[][] bytes = new byte[ids.length][];
        long total = 0;
        for (int v = 0; v < ids.length; v++) {
            bytes[v] = ids[v].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            total += bytes[v].length;
        }
        data = new byte[Math.toIntExact(total)];
        start = new int[ids.length + 1];
        for (int v = 0; v < ids.length; v++) {
            System.arraycopy(bytes[v], 0, data, start[v], bytes[v].length);
            start[v + 1] = start[v] + bytes[v].length;
        }
    }

    int size() {
        return start.length - 1;
    }

    /** The number of edge endpoint {@code id}; an error naming the slice when it is not a vertex. */
    int number(UTF8String id, String level, String slice) {
        int v = indexOf(id);
        if (v < 0) {
            throw new IllegalStateException("edge endpoint '" + id + "' is not a vertex of " + level + "/"
                    + slice + ": the graph stage's output is inconsistent");
        }
        return v;
    }

    /** The number of {@code id}, or -1 when it is not a vertex. */
    int indexOf(String id) {
        return indexOf(UTF8String.fromString(id));
    }

    /** The number of {@code id} (UTF-8 bytes, e.g. a field of one of Spark's rows), or -1 when it is not a vertex. */
    int indexOf(UTF8String id) {
        int[] t = table();
        int mask = t.length - 1;
        Object base = id.getBaseObject();
        long offset = id.getBaseOffset();
        int len = id.numBytes();
        for (int i = slot(base, offset, len, mask); ; i = (i + 1) & mask) {
            int entry = t[i];
            if (entry == 0) {
                return -1;
            }
            if (sameBytes(entry - 1, base, offset, len)) {
                return entry - 1;
            }
        }
    }

    private boolean sameBytes(int v, Object base, long offset, int len) {
        return start[v + 1] - start[v] == len && ByteArrayMethods.arrayEquals(data,
                Platform.BYTE_ARRAY_OFFSET + start[v], base, offset, len);
    }

    private static int slot(Object base, long offset, int len, int mask) {
        int h = Murmur3_x86_32.hashUnsafeBytes(base, offset, len, SEED);
        return (h ^ (h >>> 16)) & mask;
    }

    private int[] table() {
        int[] t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = build();
                    table = t;
                }
            }
        }
        return t;
    }

    private int[] build() {
        int n = size();
        int[] t = new int[Math.max(4, Integer.highestOneBit(Math.max(1, n)) << 2)];
        int mask = t.length - 1;
        for (int v = 0; v < n; v++) {
            long offset = Platform.BYTE_ARRAY_OFFSET + start[v];
            int len = start[v + 1] - start[v];
            int i = slot(data, offset, len, mask);
            while (t[i] != 0) {
                if (sameBytes(t[i] - 1, data, offset, len)) {
                    throw new IllegalStateException("vertex id '" + new String(data, start[v], len,
                            java.nio.charset.StandardCharsets.UTF_8) + "' occurs twice: the graph stage's "
                            + "output is inconsistent");
                }
                i = (i + 1) & mask;
            }
            t[i] = v + 1;
        }
        return t;
    }
}
