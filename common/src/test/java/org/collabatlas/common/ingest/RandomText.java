package org.collabatlas.common.ingest;

import java.util.Random;

/** Random strings over a small alphabet of awkward characters, for checking a function against its definition. */
final class RandomText {
    private RandomText() {
    }

    /** A string of 0 to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    static String of(char[] alphabet, int maxLength, Random rnd) {
        int len = rnd.nextInt(maxLength);
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            b.append(alphabet[rnd.nextInt(alphabet.length)]);
        }
        return b.toString();
    }
}
