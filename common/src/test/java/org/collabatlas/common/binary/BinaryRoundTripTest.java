package org.collabatlas.common.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinaryRoundTripTest {
    private static byte[] sample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, int[]> map = new LinkedHashMap<>();
        map.put("berlin", new int[] {3, 1});
        map.put("", new int[0]);
        try (BinaryWriter w = new BinaryWriter(bytes)) {
            w.writeInt(-7).writeLong(1L << 40).writeFloat(0.25f).writeByte(200).writeString("清华大学 École")
                    .writeString(null).writeStrings(List.of("a", "")).writeInts(new int[] {1, -2})
                    .writeFloats(new float[] {1.5f}).writeBytes(new byte[] {9}).writeBooleans(new boolean[] {true, false})
                    .writeIntRows(new int[][] {{1, 2}, null, {}}).writeIntArrayMap(map);
        }
        return bytes.toByteArray();
    }

    @Test
    void whatIsWrittenIsReadBack() {
        BinaryReader r = new BinaryReader(sample());
        assertEquals(-7, r.readInt());
        assertEquals(1L << 40, r.readLong());
        assertEquals(0.25f, r.readFloat());
        assertEquals((byte) 200, r.readByte());
        assertEquals("清华大学 École", r.readString());
        assertNull(r.readString());
        assertEquals(List.of("a", ""), r.readStrings());
        assertArrayEquals(new int[] {1, -2}, r.readInts());
        assertArrayEquals(new float[] {1.5f}, r.readFloats());
        assertArrayEquals(new byte[] {9}, r.readBytes());
        assertArrayEquals(new boolean[] {true, false}, r.readBooleans());
        int[][] rows = r.readIntRows();
        assertArrayEquals(new int[] {1, 2}, rows[0]);
        assertNull(rows[1]);
        assertArrayEquals(new int[0], rows[2]);
        Map<String, int[]> map = r.readIntArrayMap();
        assertArrayEquals(new int[] {3, 1}, map.get("berlin"));
        assertArrayEquals(new int[0], map.get(""));
        assertEquals(0, r.remaining());
    }

    @Test
    void truncatedOrDamagedBytesFailWithAFormatError() {
        byte[] all = sample();
        BinaryReader cut = new BinaryReader(Arrays.copyOf(all, 20));
        cut.readInt();
        cut.readLong();
        cut.readFloat();
        cut.readByte();
        assertThrows(BinaryFormatException.class, cut::readString, "a string longer than the bytes left");
        byte[] huge = {0x7f, 0x7f, 0x7f, 0x7f};
        assertThrows(BinaryFormatException.class, () -> new BinaryReader(huge).readInts(),
                "a length out of range fails before allocating");
    }
}
