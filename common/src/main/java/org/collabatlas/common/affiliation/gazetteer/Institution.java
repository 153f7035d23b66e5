package org.collabatlas.common.affiliation.gazetteer;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A research organisation of the ROR registry.
 *
 * @param id           the ROR id in URL form, {@code https://ror.org/0} followed by 8 characters of {@code [0-9a-z]}
 * @param displayName  the ROR display name
 * @param names        every name, sorted by type (display, labels, aliases, acronyms), in ROR order within a type
 * @param countryCode  ISO 3166-1 alpha-2 code in upper case, from the first location; null when ROR gives none
 * @param city         the city (GeoNames name) of the first location; null when ROR gives none
 * @param types        ROR types in lower case ({@code education}, {@code facility}, {@code company}, ...)
 * @param status       active, inactive or withdrawn
 * @param parentIds    ROR ids of the parents ({@code parent} relationships)
 * @param childIds     ROR ids of the children ({@code child} relationships)
 * @param established  the year founded, or null
 * @param domains      web domains ({@code tsinghua.edu.cn}), possibly empty
 */
public record Institution(String id, String displayName, List<Name> names, String countryCode, String city,
        List<String> types, Status status, List<String> parentIds, List<String> childIds, Integer established,
        List<String> domains) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ROR_ID = Pattern.compile("https://ror\\.org/0[0-9a-z]{8}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** ROR record status. Only ACTIVE institutions are candidates of the name indexes (see {@link Gazetteer}). */
    public enum Status {
        ACTIVE, INACTIVE, WITHDRAWN
    }

    public Institution {
        if (!isRorId(id)) {
            throw new IllegalArgumentException("not a ROR id in URL form https://ror.org/0xxxxxxxx: " + id);
        }
        Objects.requireNonNull(displayName, "displayName of " + id);
        Objects.requireNonNull(status, "status of " + id);
        if (countryCode != null && !COUNTRY.matcher(countryCode).matches()) {
            throw new IllegalArgumentException(id + ": country code must be 2 upper-case letters: " + countryCode);
        }
        names = names.stream().sorted(Comparator.comparing(Name::type)).toList();
        types = List.copyOf(types);
        parentIds = List.copyOf(parentIds);
        childIds = List.copyOf(childIds);
        domains = List.copyOf(domains);
    }

    /** Whether the string is a ROR id in URL form ({@code https://ror.org/0} + 8 of {@code [0-9a-z]}). */
    public static boolean isRorId(String id) {
        return id != null && ROR_ID.matcher(id).matches();
    }

    /** The names of one type, in record order. */
    public List<Name> names(Name.Type type) {
        return names.stream().filter(n -> n.type() == type).toList();
    }

    /** Whether the institution may be chosen by a name match (only active records may). */
    public boolean isCandidate() {
        return status == Status.ACTIVE;
    }
}
