package org.collabatlas.common.affiliation.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabatlas.common.binary.BinaryFormatException;
import org.collabatlas.common.binary.BinaryReader;
import org.collabatlas.common.binary.BinaryWriter;

/**
 * An immutable, serializable set of ROR institutions (broadcast as is to Spark executors) with the lookups the
 * affiliation matcher needs. Institutions have an <em>ordinal</em>: their position when sorted by id.
 *
 * <p>Indexes (keys as defined in {@link NameKeys}):
 * <ul>
 *   <li><b>id</b>: every institution, whatever its status ({@link #byId});</li>
 *   <li><b>name</b>: normalised display names, labels and aliases -> institutions ({@link #byName}, exact);</li>
 *   <li><b>acronym</b>: acronym keys of ACRONYM names -> institutions ({@link #byAcronym});</li>
 *   <li><b>token</b>: tokens of display names, labels and aliases -> institutions, an inverted index whose posting
 *       length is the token's document frequency ({@link #documentFrequency}) among the {@link #candidates()}
 *       candidate institutions, for rarity (IDF) weighting;</li>
 *   <li><b>country</b>: ISO alpha-2 code -> institutions ({@link #byCountry}).</li>
 * </ul>
 * Only ACTIVE institutions are in the name, acronym, token and country indexes: a WITHDRAWN record (a duplicate or
 * an error in ROR) must never be chosen, and an INACTIVE one (closed or merged; ROR points to its successor) is
 * not a current affiliation. Both stay reachable by id, so gold or older data that cite them still resolve.
 *
 * <p>Size: the indexes are plain arrays and hash maps over the institutions, so the whole gazetteer (about 1.25 KB
 * of heap per institution with its indexes, about 500 bytes Java-serialised) is small enough to broadcast once and
 * hold once per executor JVM, even for the full dump; reading and indexing cost enough that a JVM should do it once
 * and share the result. {@code GazetteerRealDataTest} prints the current load time and heap for the partial dump of
 * {@code shared/data}. {@link #write} and {@link #read} store and restore a gazetteer with its indexes in a compact
 * binary form without parsing the dump again (the matcher's index cache, {@code PreparedGazetteer}).
 */
public final class Gazetteer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SHIPPED = "/org/collabatlas/affiliation/gazetteer-default.tsv";

    private final Institution[] institutions;
    private final HashMap<String, Integer> ordinalById;
    private final GazetteerIndex names;
    private final GazetteerIndex acronyms;
    private final GazetteerIndex tokens;
    private final GazetteerIndex countries;
    private final int candidates;
    private final GazetteerStats stats;

    private Gazetteer(Collection<Institution> all, Map<SkipReason, Long> skipped) {
        institutions = all.toArray(new Institution[0]);
        Arrays.sort(institutions, Comparator.comparing(Institution::id));
        ordinalById = new HashMap<>((int) (institutions.length / 0.75f) + 1);
        GazetteerIndex.Builder n = new GazetteerIndex.Builder();
        GazetteerIndex.Builder a = new GazetteerIndex.Builder();
        GazetteerIndex.Builder t = new GazetteerIndex.Builder();
        GazetteerIndex.Builder c = new GazetteerIndex.Builder();
        Map<Institution.Status, Long> byStatus = new EnumMap<>(Institution.Status.class);
        Map<Name.Type, Long> byType = new EnumMap<>(Name.Type.class);
        int active = 0;
        for (int i = 0; i < institutions.length; i++) {
            Institution inst = institutions[i];
            if (ordinalById.putIfAbsent(inst.id(), i) != null) {
                throw new IllegalArgumentException("duplicate institution id " + inst.id());
            }
            byStatus.merge(inst.status(), 1L, Long::sum);
            if (!inst.isCandidate()) {
                continue;
            }
            active++;
            if (inst.countryCode() != null) {
                c.add(inst.countryCode(), i);
            }
            for (Name name : inst.names()) {
                byType.merge(name.type(), 1L, Long::sum);
                if (name.type() == Name.Type.ACRONYM) {
                    a.add(NameKeys.acronymKey(name.value()), i);
                } else {
                    String key = NameKeys.normalise(name.value());
                    n.add(key, i);
                    for (String tok : NameKeys.tokensOfNormalised(key)) {
                        t.add(tok, i);
                    }
                }
            }
        }
        names = n.build();
        acronyms = a.build();
        tokens = t.build();
        countries = c.build();
        candidates = active;
        stats = new GazetteerStats(institutions.length, byStatus, byType, countries.keys(), names.keys(),
                acronyms.keys(), tokens.keys(), skipped);
    }

    private Gazetteer(Institution[] sorted, GazetteerIndex names, GazetteerIndex acronyms, GazetteerIndex tokens,
            GazetteerIndex countries, int candidates, GazetteerStats stats) {
        this.institutions = sorted;
        this.ordinalById = new HashMap<>((int) (sorted.length / 0.75f) + 1);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i - 1].id().compareTo(sorted[i].id()) >= 0) {
                throw new BinaryFormatException("institutions out of order at " + sorted[i].id());
            }
            ordinalById.put(sorted[i].id(), i);
        }
        this.names = names;
        this.acronyms = acronyms;
        this.tokens = tokens;
        this.countries = countries;
        this.candidates = candidates;
        this.stats = stats;
    }

    /** A gazetteer of the given institutions (ids must be distinct). */
    public static Gazetteer of(Collection<Institution> institutions) {
        return new Gazetteer(institutions, Map.of());
    }

    /** A gazetteer of what a dump reader read; its skip counts go to {@link #stats()}. */
    public static Gazetteer of(DumpReadResult read) {
        return new Gazetteer(read.institutions(), read.skipped());
    }

    /** Reads a ROR dump (JSON array, schema v2 or v1, plain or gzip); see {@link RorDumpReader}. */
    public static Gazetteer load(InputStream dump) {
        return of(RorDumpReader.read(dump));
    }

    /** Reads a ROR dump file; see {@link #load(InputStream)}. */
    public static Gazetteer load(Path dump) {
        return of(RorDumpReader.read(dump));
    }

    /** The default gazetteer shipped in the jar: the institutions that publish most in ICT (see the TSV header). */
    public static Gazetteer shipped() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("shipped gazetteer " + SHIPPED + " is missing from the classpath");
            }
            return of(ShippedTable.read(in, SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED, e);
        }
    }

    /** Reads a table in the format of the shipped default (see {@code gazetteer-default.tsv}). */
    public static Gazetteer loadTable(Path table) {
        try (InputStream in = Files.newInputStream(table)) {
            return of(ShippedTable.read(in, table.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer table " + table, e);
        }
    }

    /** The institution with this ROR id (URL form or the bare 9 characters), whatever its status. */
    public Optional<Institution> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String full = id.startsWith("https://") ? id : "https://ror.org/" + id;
        Integer o = ordinalById.get(full);
        return o == null ? Optional.empty() : Optional.of(institutions[o]);
    }

    /** Active institutions one of whose display names, labels or aliases normalises to the same string. */
    public List<Institution> byName(String name) {
        return list(names.get(NameKeys.normalise(name)));
    }

    /** Active institutions with this acronym (compared by {@link NameKeys#acronymKey}). */
    public List<Institution> byAcronym(String acronym) {
        return list(acronyms.get(NameKeys.acronymKey(acronym)));
    }

    /** Active institutions one of whose names has this token (a single {@link NameKeys#tokens} token). */
    public List<Institution> byToken(String token) {
        return list(tokens.get(token));
    }

    /** Ordinals of the active institutions with this token, sorted; a fresh copy. */
    public int[] tokenPostings(String token) {
        return tokens.get(token).clone();
    }

    /** How many active institutions have this token in one of their names (0 when none). */
    public int documentFrequency(String token) {
        return tokens.get(token).length;
    }

    /** Active institutions of a country (ISO alpha-2, upper case). */
    public List<Institution> byCountry(String countryCode) {
        return list(countries.get(countryCode));
    }

    /** The institution at an ordinal (0 to {@link #size()} - 1). */
    public Institution get(int ordinal) {
        return institutions[ordinal];
    }

    /** All institutions, every status. */
    public int size() {
        return institutions.length;
    }

    /** Active institutions: those in the candidate indexes (the N of an IDF). */
    public int candidates() {
        return candidates;
    }

    /** All institutions sorted by id (ordinal order), every status; a read-only view. */
    public List<Institution> institutions() {
        return Collections.unmodifiableList(Arrays.asList(institutions));
    }

    public GazetteerStats stats() {
        return stats;
    }

    /**
     * Writes the institutions and the indexes for {@link #read}, which restores an equal gazetteer without
     * normalising a name again (the binary format of {@code PreparedGazetteer}, which versions it).
     */
    public void write(BinaryWriter out) {
        out.writeInt(institutions.length);
        for (Institution inst : institutions) {
            writeInstitution(inst, out);
        }
        names.write(out);
        acronyms.write(out);
        tokens.write(out);
        countries.write(out);
        out.writeInt(candidates);
        out.writeLong(stats.institutions());
        writeCounts(stats.byStatus(), out);
        writeCounts(stats.namesByType(), out);
        out.writeInt(stats.countries()).writeInt(stats.nameKeys()).writeInt(stats.acronymKeys())
                .writeInt(stats.tokenKeys());
        writeCounts(stats.skipped(), out);
    }

    /**
     * The gazetteer that {@link #write} wrote.
     *
     * @throws BinaryFormatException when the bytes are not one
     */
    public static Gazetteer read(BinaryReader in) {
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new BinaryFormatException("institution count " + n + " out of range");
        }
        Institution[] all = new Institution[n];
        for (int i = 0; i < n; i++) {
            all[i] = readInstitution(in);
        }
        GazetteerIndex names = GazetteerIndex.read(in);
        GazetteerIndex acronyms = GazetteerIndex.read(in);
        GazetteerIndex tokens = GazetteerIndex.read(in);
        GazetteerIndex countries = GazetteerIndex.read(in);
        int candidates = in.readInt();
        long size = in.readLong();
        Map<Institution.Status, Long> byStatus = readCounts(in, Institution.Status.class);
        Map<Name.Type, Long> byType = readCounts(in, Name.Type.class);
        int countryKeys = in.readInt();
        int nameKeys = in.readInt();
        int acronymKeys = in.readInt();
        int tokenKeys = in.readInt();
        Map<SkipReason, Long> skipped = readCounts(in, SkipReason.class);
        return new Gazetteer(all, names, acronyms, tokens, countries, candidates, new GazetteerStats(size, byStatus,
                byType, countryKeys, nameKeys, acronymKeys, tokenKeys, skipped));
    }

    private static void writeInstitution(Institution inst, BinaryWriter out) {
        out.writeString(inst.id()).writeString(inst.displayName()).writeInt(inst.names().size());
        for (Name name : inst.names()) {
            out.writeString(name.value()).writeByte(name.type().ordinal()).writeString(name.lang());
        }
        out.writeString(inst.countryCode()).writeString(inst.city()).writeStrings(inst.types())
                .writeByte(inst.status().ordinal()).writeStrings(inst.parentIds()).writeStrings(inst.childIds())
                .writeByte(inst.established() == null ? 0 : 1)
                .writeInt(inst.established() == null ? 0 : inst.established()).writeStrings(inst.domains());
    }

    private static Institution readInstitution(BinaryReader in) {
        String id = in.readString();
        String display = in.readString();
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new BinaryFormatException("name count " + n + " out of range");
        }
        List<Name> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(new Name(in.readString(), constant(Name.Type.class, in.readByte()), in.readString()));
        }
        String country = in.readString();
        String city = in.readString();
        List<String> types = in.readStrings();
        Institution.Status status = constant(Institution.Status.class, in.readByte());
        List<String> parents = in.readStrings();
        List<String> children = in.readStrings();
        boolean hasYear = in.readByte() != 0;
        int year = in.readInt();
        List<String> domains = in.readStrings();
        return new Institution(id, display, names, country, city, types, status, parents, children,
                hasYear ? year : null, domains);
    }

    private static <E extends Enum<E>> void writeCounts(Map<E, Long> counts, BinaryWriter out) {
        out.writeInt(counts.size());
        counts.forEach((k, v) -> out.writeByte(k.ordinal()).writeLong(v));
    }

    private static <E extends Enum<E>> Map<E, Long> readCounts(BinaryReader in, Class<E> type) {
        int n = in.readInt();
        if (n < 0 || n > type.getEnumConstants().length) {
            throw new BinaryFormatException(type.getSimpleName() + " count " + n + " out of range");
        }
        Map<E, Long> out = new EnumMap<>(type);
        for (int i = 0; i < n; i++) {
            out.put(constant(type, in.readByte()), in.readLong());
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, int ordinal) {
        E[] all = type.getEnumConstants();
        if (ordinal < 0 || ordinal >= all.length) {
            throw new BinaryFormatException(type.getSimpleName() + " ordinal " + ordinal + " out of range");
        }
        return all[ordinal];
    }

    private List<Institution> list(int[] ordinals) {
        List<Institution> out = new ArrayList<>(ordinals.length);
        for (int o : ordinals) {
            out.add(institutions[o]);
        }
        return out;
    }
}
