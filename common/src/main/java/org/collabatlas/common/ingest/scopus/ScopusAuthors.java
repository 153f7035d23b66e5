package org.collabatlas.common.ingest.scopus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.collabatlas.common.ingest.Delimited;
import org.collabatlas.common.ingest.Normalize;

/**
 * The by-line of a Scopus record.
 * <p>{@code Authors with affiliations} is {@code Surname, I., affiliation, affiliation2; Surname2, I., ...}: entries
 * split on {@code "; "}, and inside an entry name and affiliations are all separated by {@code ", "}. An entry is
 * read as follows, with the entry cut into its {@code ", "}-separated parts:
 * <ol>
 *   <li>the name is the first 2 parts ({@code Surname, I.}), else the first 1 ({@code Lukas}, a mononym), else the
 *   first 3 ({@code Oliveira, A., Jr.}): the first of these whose remaining parts are empty or can be cut into
 *   strings of the {@code Affiliations} column (the record's distinct affiliations, {@code "; "}-separated), taking
 *   the longest known string first from the left;</li>
 *   <li>when none can, the name is the first 2 parts (3 with a {@code Jr.}/{@code Sr.}/{@code II}-style suffix)
 *   and the remaining text is one affiliation.</li>
 * </ol>
 * Duplicate affiliations of one author are dropped; the country of an affiliation is its last comma-separated
 * part (a trailing {@code .} dropped).
 * <p>When {@code Authors with affiliations} is empty the names come from {@code Authors}, without affiliations:
 * split on {@code "; "} when it holds a {@code ;}, else on {@code ", "} (older exports: {@code Rahmani A.M., Gia
 * T.N.}) with a suffix part ({@code Jr.}) joined to the name before it; {@code [No author name available]} is no
 * author.
 */
final class ScopusAuthors {
    /** One author as read: name and affiliation strings. */
    record Author(String name, List<String> affiliations) {
    }

    static final String NO_AUTHOR = "[No author name available]";
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv)\\.?");

    private ScopusAuthors() {
    }

    static List<Author> read(String withAffiliations, String affiliations, String authors) {
        List<Author> out = new ArrayList<>();
        List<String> entries = Delimited.list(withAffiliations);
        if (entries.isEmpty()) {
            for (String name : names(authors)) {
                out.add(new Author(name, List.of()));
            }
            return out;
        }
        Set<String> known = new LinkedHashSet<>(Delimited.list(affiliations));
        for (String entry : entries) {
            if (!entry.equals(NO_AUTHOR)) {
                out.add(entry(entry, known));
            }
        }
        return out;
    }

    private static Author entry(String entry, Set<String> known) {
        String[] parts = entry.split(", ");
        for (int k : new int[] {2, 1, 3}) {
            if (k <= parts.length) {
                List<String> affs = split(parts, k, known);
                if (affs != null) {
                    return new Author(join(parts, 0, k), affs);
                }
            }
        }
        int k = Math.min(parts.length, parts.length > 2 && SUFFIX.matcher(parts[2]).matches() ? 3 : 2);
        List<String> affs = k < parts.length ? List.of(join(parts, k, parts.length)) : List.of();
        return new Author(join(parts, 0, k), affs);
    }

    /** {@code parts[from..]} cut into known affiliations, longest first from the left; null when impossible. */
    private static List<String> split(String[] parts, int from, Set<String> known) {
        Set<String> out = new LinkedHashSet<>();
        int i = from;
        while (i < parts.length) {
            int end = -1;
            for (int j = parts.length; j > i; j--) {
                if (known.contains(join(parts, i, j))) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            out.add(join(parts, i, end));
            i = end;
        }
        return new ArrayList<>(out);
    }

    private static List<String> names(String authors) {
        List<String> out = new ArrayList<>();
        if (authors == null || authors.equals(NO_AUTHOR)) {
            return out;
        }
        if (authors.contains(";")) {
            return Delimited.list(authors);
        }
        for (String part : authors.split(", ")) {
            String p = Normalize.text(part);
            if (p == null) {
                continue;
            }
            if (SUFFIX.matcher(p).matches() && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The last comma-separated part of an affiliation, a trailing {@code .} dropped. */
    static String country(String affiliation) {
        String a = affiliation.strip();
        while (a.endsWith(".")) {
            a = a.substring(0, a.length() - 1).strip();
        }
        return Normalize.text(a.substring(a.lastIndexOf(',') + 1));
    }

    private static String join(String[] parts, int from, int to) {
        return String.join(", ", java.util.Arrays.copyOfRange(parts, from, to));
    }
}
