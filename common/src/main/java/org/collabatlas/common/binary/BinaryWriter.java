package org.collabatlas.common.binary;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes values for a {@link BinaryReader}: fixed-size big-endian numbers, strings as their UTF-8 length and bytes
 * (length -1 for null), arrays as their length and elements. Not thread-safe; {@link #flush} or {@link #close} at
 * the end. I/O errors are rethrown as {@link UncheckedIOException} so that encoders stay plain loops.
 */
public final class BinaryWriter implements AutoCloseable {
    private final DataOutputStream out;

    public BinaryWriter(OutputStream out) {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    }

    public BinaryWriter writeInt(int v) {
        try {
            out.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BinaryWriter writeLong(long v) {
        try {
            out.writeLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BinaryWriter writeFloat(float v) {
        try {
            out.writeFloat(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BinaryWriter writeByte(int v) {
        try {
            out.writeByte(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A string, or null. */
    public BinaryWriter writeString(String s) {
        if (s == null) {
            return writeInt(-1);
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(b.length);
        return writeRaw(b);
    }

    /** A list of non-null strings. */
    public BinaryWriter writeStrings(List<String> list) {
        writeInt(list.size());
        for (String s : list) {
            writeString(s);
        }
        return this;
    }

    public BinaryWriter writeInts(int[] a) {
        writeInt(a.length);
        for (int v : a) {
            writeInt(v);
        }
        return this;
    }

    public BinaryWriter writeFloats(float[] a) {
        writeInt(a.length);
        for (float v : a) {
            writeFloat(v);
        }
        return this;
    }

    public BinaryWriter writeBytes(byte[] a) {
        writeInt(a.length);
        return writeRaw(a);
    }

    public BinaryWriter writeBooleans(boolean[] a) {
        writeInt(a.length);
        for (boolean v : a) {
            writeByte(v ? 1 : 0);
        }
        return this;
    }

    /** Rows of ints (null rows allowed): the row count, every row's length (-1 for null), then all values. */
    public BinaryWriter writeIntRows(int[][] rows) {
        writeInt(rows.length);
        for (int[] r : rows) {
            writeInt(r == null ? -1 : r.length);
        }
        for (int[] r : rows) {
            if (r != null) {
                for (int v : r) {
                    writeInt(v);
                }
            }
        }
        return this;
    }

    /** A map from non-null strings to int arrays, in the map's iteration order. */
    public BinaryWriter writeIntArrayMap(Map<String, int[]> map) {
        writeInt(map.size());
        int[][] values = new int[map.size()][];
        int i = 0;
        for (Map.Entry<String, int[]> e : map.entrySet()) {
            writeString(e.getKey());
            values[i++] = e.getValue();
        }
        return writeIntRows(values);
    }

    private BinaryWriter writeRaw(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
