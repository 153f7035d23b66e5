package org.collabatlas.common.affiliation.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Turns one ROR record (a JSON object) into an {@link Institution}, from the schema v2 layout ({@code names[]},
 * {@code locations[].geonames_details}) or the schema v1 layout ({@code name}, {@code labels[]}, {@code aliases},
 * {@code acronyms}, {@code country.country_code}, {@code addresses[].city}); and lists the {@link NameVariants} of
 * its names (without a country qualifier or legal form). Throws {@link BadRecord} with the
 * reason when the record cannot be used. Small vocabularies (country codes, cities, languages, types) are interned,
 * so that 100k records share one copy of {@code "education"} or {@code "CN"}.
 */
final class RorRecords {
    private RorRecords() {
    }

    /** A record that cannot become an institution. */
    static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;
        final SkipReason reason;

        BadRecord(SkipReason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /** Whether the record uses the v1 layout (a textual {@code name} and no {@code names} array). */
    static boolean isV1(JsonNode r) {
        return !r.path("names").isArray() && r.path("name").isTextual();
    }

    static Institution fromV2(JsonNode r, String id) throws BadRecord {
        List<Name> names = new ArrayList<>();
        String display = null;
        for (JsonNode n : r.path("names")) {
            String value = n.path("value").asText("");
            if (value.isBlank()) {
                continue;
            }
            Name.Type type = v2Type(n.path("types"));
            if (type == Name.Type.DISPLAY) {
                if (display != null) {
                    type = Name.Type.LABEL;
                } else {
                    display = value.strip();
                }
            }
            String lang = n.path("lang").isTextual() ? n.path("lang").asText().intern() : null;
            names.add(new Name(value, type, lang));
            if (type != Name.Type.ACRONYM && hasType(n.path("types"), "acronym")) {
                names.add(new Name(value, Name.Type.ACRONYM, lang));
            }
        }
        if (display == null) {
            throw new BadRecord(SkipReason.NO_DISPLAY_NAME);
        }
        JsonNode geo = r.path("locations").path(0).path("geonames_details");
        List<String> parents = new ArrayList<>();
        List<String> children = new ArrayList<>();
        relationships(r.path("relationships"), parents, children);
        return build(id, display, names, text(geo, "country_code"), text(geo, "name"), r, parents, children);
    }

    static Institution fromV1(JsonNode r, String id) throws BadRecord {
        String display = r.path("name").asText("").strip();
        if (display.isEmpty()) {
            throw new BadRecord(SkipReason.NO_DISPLAY_NAME);
        }
        List<Name> names = new ArrayList<>();
        names.add(new Name(display, Name.Type.DISPLAY, null));
        for (JsonNode l : r.path("labels")) {
            String lang = text(l, "iso639");
            addIfText(names, l.path("label"), Name.Type.LABEL, lang == null ? null : lang.intern());
        }
        for (JsonNode a : r.path("aliases")) {
            addIfText(names, a, Name.Type.ALIAS, null);
        }
        for (JsonNode a : r.path("acronyms")) {
            addIfText(names, a, Name.Type.ACRONYM, null);
        }
        List<String> parents = new ArrayList<>();
        List<String> children = new ArrayList<>();
        relationships(r.path("relationships"), parents, children);
        return build(id, display, names, text(r.path("country"), "country_code"),
                text(r.path("addresses").path(0), "city"), r, parents, children);
    }

    private static Institution build(String id, String display, List<Name> names, String country, String city,
            JsonNode r, List<String> parents, List<String> children) throws BadRecord {
        Institution.Status status = status(r.path("status").asText("active"));
        String cc = country == null ? null : country.strip().toUpperCase(Locale.ROOT).intern();
        if (cc != null && !cc.matches("[A-Z]{2}")) {
            throw new BadRecord(SkipReason.INVALID_FIELD);
        }
        List<String> types = new ArrayList<>();
        for (JsonNode t : r.path("types")) {
            types.add(t.asText().toLowerCase(Locale.ROOT).intern());
        }
        List<String> domains = new ArrayList<>();
        for (JsonNode d : r.path("domains")) {
            domains.add(d.asText());
        }
        Integer established = r.path("established").isInt() ? r.path("established").asInt() : null;
        return new Institution(id, display, names, cc, city == null ? null : city.intern(), types, status, parents,
                children, established, domains);
    }

    /**
     * The {@link NameVariants} of the record's names that are not acronyms, each an ALIAS of its name's language,
     * without those whose {@link NameKeys#normalise normalised} form the record already has; for
     * {@link NameVariants#addDistinctive} once the whole dump is read.
     */
    static List<Name> variants(JsonNode r, Institution inst) {
        String countryName = isV1(r) ? text(r.path("country"), "country_name")
                : text(r.path("locations").path(0).path("geonames_details"), "country_name");
        boolean company = inst.types().contains("company");
        Set<String> keys = new HashSet<>();
        for (Name n : inst.names()) {
            if (n.type() != Name.Type.ACRONYM) {
                keys.add(NameKeys.normalise(n.value()));
            }
        }
        List<Name> out = new ArrayList<>();
        for (Name n : inst.names()) {
            if (n.type() == Name.Type.ACRONYM) {
                continue;
            }
            for (String v : NameVariants.of(n.value(), countryName, company)) {
                if (keys.add(NameKeys.normalise(v))) {
                    out.add(new Name(v, Name.Type.ALIAS, n.lang()));
                }
            }
        }
        return out;
    }

    /** v2 name types, first of DISPLAY, LABEL, ACRONYM, ALIAS present; an untyped name is an alias. */
    private static Name.Type v2Type(JsonNode types) {
        List<String> t = new ArrayList<>();
        types.forEach(x -> t.add(x.asText()));
        if (t.contains("ror_display")) {
            return Name.Type.DISPLAY;
        }
        if (t.contains("label")) {
            return Name.Type.LABEL;
        }
        return t.contains("acronym") ? Name.Type.ACRONYM : Name.Type.ALIAS;
    }

    private static boolean hasType(JsonNode types, String type) {
        for (JsonNode t : types) {
            if (type.equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    private static void relationships(JsonNode rels, List<String> parents, List<String> children) {
        for (JsonNode rel : rels) {
            String type = rel.path("type").asText("").toLowerCase(Locale.ROOT);
            String target = rel.path("id").asText("");
            if (!Institution.isRorId(target)) {
                continue;
            }
            if (type.equals("parent")) {
                parents.add(target);
            } else if (type.equals("child")) {
                children.add(target);
            }
        }
    }

    private static Institution.Status status(String s) throws BadRecord {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "active": return Institution.Status.ACTIVE;
            case "inactive": return Institution.Status.INACTIVE;
            case "withdrawn": return Institution.Status.WITHDRAWN;
            default: throw new BadRecord(SkipReason.INVALID_FIELD);
        }
    }

    private static void addIfText(List<Name> names, JsonNode v, Name.Type type, String lang) {
        if (v.isTextual() && !v.asText().isBlank()) {
            names.add(new Name(v.asText(), type, lang));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }
}
