package org.collabatlas.common.affiliation.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the readable institution table of the shipped default gazetteer. One institution a line, five
 * tab-separated fields, {@code #} comments:
 * <pre>
 * ror_id  country  city  types  names
 * https://ror.org/03cve4549  CN  Beijing  education  display@en=Tsinghua University | label@zh=清华大学 | acronym=THU
 * </pre>
 * {@code types} is a comma-separated list of ROR types. {@code names} holds entries separated by {@code " | "},
 * each {@code kind[@lang]=value} with kind {@code display} (exactly one), {@code label}, {@code alias} or
 * {@code acronym}. A leading {@code +} marks a name added by hand (not in the ROR record); it is read like the others.
 * Every institution of the table is ACTIVE. A malformed line fails the load with the source and line number.
 */
final class ShippedTable {
    private ShippedTable() {
    }

    static List<Institution> read(InputStream in, String source) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Institution> out = new ArrayList<>();
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(parse(line, source + ":" + lineNo));
            }
        }
        return out;
    }

    private static Institution parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalStateException(where + ": expected 5 tab-separated fields, got " + f.length);
        }
        List<Name> names = new ArrayList<>();
        String display = null;
        for (String entry : f[4].split(" \\| ")) {
            Name name = name(entry.strip(), where);
            if (name.type() == Name.Type.DISPLAY) {
                if (display != null) {
                    throw new IllegalStateException(where + ": more than one display name");
                }
                display = name.value();
            }
            names.add(name);
        }
        if (display == null) {
            throw new IllegalStateException(where + ": no display= name");
        }
        List<String> types = f[3].isBlank() ? List.of() : Arrays.asList(f[3].strip().split(","));
        try {
            return new Institution(f[0].strip(), display, names, f[1].strip(), blankToNull(f[2]), types,
                    Institution.Status.ACTIVE, List.of(), List.of(), null, List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static Name name(String entry, String where) {
        String e = entry.startsWith("+") ? entry.substring(1) : entry;
        int eq = e.indexOf('=');
        if (eq <= 0 || eq == e.length() - 1) {
            throw new IllegalStateException(where + ": name entry must be kind[@lang]=value: " + entry);
        }
        String kind = e.substring(0, eq);
        String lang = null;
        int at = kind.indexOf('@');
        if (at >= 0) {
            lang = kind.substring(at + 1);
            kind = kind.substring(0, at);
        }
        Name.Type type;
        try {
            type = Name.Type.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw new IllegalStateException(where + ": unknown name kind '" + kind
                    + "' (display, label, alias, acronym)", bad);
        }
        return new Name(e.substring(eq + 1), type, lang);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
