package org.collabatlas.common.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Reads what a {@link BinaryWriter} wrote, from bytes in memory: arrays are copied in bulk, so a structure of a few
 * million ints loads in milliseconds. Every length is checked against the bytes left, so damaged input fails with
 * a {@link BinaryFormatException} instead of a huge allocation.
 */
public final class BinaryReader {
    private final ByteBuffer buf;

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
    public BinaryReader(byte[] bytes, int offset, int length) {
        this.buf = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.BIG_ENDIAN);
    }

    public BinaryReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Bytes not yet read. */
    public int remaining() {
        return buf.remaining();
    }

    public int readInt() {
        need(4);
        return buf.getInt();
    }

    public long readLong() {
        need(8);
        return buf.getLong();
    }

    public float readFloat() {
        need(4);
        return buf.getFloat();
    }

    public byte readByte() {
        need(1);
        return buf.get();
    }

    public String readString() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        length(n, 1);
        String s = new String(buf.array(), buf.arrayOffset() + buf.position(), n, StandardCharsets.UTF_8);
        buf.position(buf.position() + n);
        return s;
    }

    public List<String> readStrings() {
        int n = length(readInt(), 4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString());
        }
        return out;
    }

    public int[] readInts() {
        int[] a = new int[length(readInt(), 4)];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + 4 * a.length);
        return a;
    }

    public float[] readFloats() {
        float[] a = new float[length(readInt(), 4)];
        buf.asFloatBuffer().get(a);
        buf.position(buf.position() + 4 * a.length);
        return a;
    }

    public byte[] readBytes() {
        byte[] a = new byte[length(readInt(), 1)];
        buf.get(a);
        return a;
    }

    public boolean[] readBooleans() {
        int n = length(readInt(), 1);
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = buf.get() != 0;
        }
        return a;
    }

    /** See {@link BinaryWriter#writeIntRows}. */
    public int[][] readIntRows() {
        int n = length(readInt(), 4);
        int[] lengths = new int[n];
        buf.asIntBuffer().get(lengths);
        buf.position(buf.position() + 4 * n);
        long total = 0;
        for (int len : lengths) {
            if (len < -1) {
                throw new BinaryFormatException("negative row length " + len);
            }
            total += Math.max(len, 0);
        }
        if (total * 4 > buf.remaining()) {
            throw new BinaryFormatException(total + " ints announced, " + buf.remaining() + " bytes left");
        }
        int[][] rows = new int[n][];
        java.nio.IntBuffer ints = buf.asIntBuffer();
        for (int i = 0; i < n; i++) {
            if (lengths[i] >= 0) {
                rows[i] = new int[lengths[i]];
                ints.get(rows[i]);
            }
        }
        buf.position(buf.position() + (int) (4 * total));
        return rows;
    }

    /** See {@link BinaryWriter#writeIntArrayMap}; a {@link HashMap} sized to its content. */
    public HashMap<String, int[]> readIntArrayMap() {
        int n = length(readInt(), 4);
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = readString();
        }
        int[][] values = readIntRows();
        if (values.length != n) {
            throw new BinaryFormatException(n + " keys but " + values.length + " values");
        }
        HashMap<String, int[]> map = new HashMap<>((int) (n / 0.75f) + 1);
        for (int i = 0; i < n; i++) {
            map.put(keys[i], values[i]);
        }
        return map;
    }

    private void need(int bytes) {
        if (buf.remaining() < bytes) {
            throw new BinaryFormatException("truncated: " + bytes + " bytes needed, " + buf.remaining() + " left");
        }
    }

    /** {@code n} elements of {@code size} bytes must be left; returns {@code n}. */
    private int length(int n, int size) {
        if (n < 0 || (long) n * size > buf.remaining()) {
            throw new BinaryFormatException("length " + n + " out of range (" + buf.remaining() + " bytes left)");
        }
        return n;
    }
}
