package org.collabatlas.common.ingest.wos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.collabatlas.common.ingest.Delimited;
import org.collabatlas.common.ingest.Normalize;

/**
 * The Web of Science {@code C1} address field: {@code [Author A; Author B] Address, City, Country; [Author C]
 * Address2, City, Country; ...}.
 * <ul>
 *   <li>The field is split on {@code "; "} outside square brackets. Each part is one address: {@code [names] text}
 *   names the authors it belongs to ({@code "; "}-separated, written as in {@code AF}); a part without brackets
 *   (older records, or an address WoS could not link to an author) belongs to every author.</li>
 *   <li>The country is the last comma-separated part of the address, with a trailing {@code .} dropped; when that
 *   part ends in the word {@code USA} ({@code MI 48109 USA}, {@code CA USA}) the country is {@code USA}.</li>
 * </ul>
 */
final class WosAddresses {
    /** One address and the author names of its brackets; {@code names} is empty when it belongs to everyone. */
    record Address(List<String> names, String text, String country) {
        boolean forEveryone() {
            return names.isEmpty();
        }
    }

    private static final Pattern US = Pattern.compile("(?:^|\\s)USA$");

    private WosAddresses() {
    }

    static List<Address> parse(String c1) {
        List<Address> out = new ArrayList<>();
        if (c1 == null) {
            return out;
        }
        for (String part : Delimited.splitOutsideBrackets(c1)) {
            List<String> names = new ArrayList<>();
            String text = part;
            if (part.startsWith("[")) {
                int close = part.indexOf(']');
                if (close > 0) {
                    names = Delimited.list(part.substring(1, close));
                    text = part.substring(close + 1);
                }
            }
            text = Normalize.text(text);
            if (text != null && text.endsWith(";")) {
                text = Normalize.text(text.substring(0, text.length() - 1));
            }
            if (text != null) {
                out.add(new Address(names, text, country(text)));
            }
        }
        return out;
    }

    /** The last comma-separated part of an address, {@code USA} for US addresses with state and ZIP code. */
    static String country(String address) {
        String a = address.strip();
        while (a.endsWith(".")) {
            a = a.substring(0, a.length() - 1).strip();
        }
        String last = Normalize.text(a.substring(a.lastIndexOf(',') + 1));
        if (last != null && US.matcher(last).find()) {
            return "USA";
        }
        return last;
    }
}
