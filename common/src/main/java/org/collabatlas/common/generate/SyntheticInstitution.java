package org.collabatlas.common.generate;

import java.io.Serializable;
import java.util.List;

/**
 * An institution the generator puts authors at.
 *
 * @param rorId      the ROR id (URL form) when the institution is in the gazetteer; null for an invented one
 *                   (the long tail of institutions that no gazetteer holds)
 * @param country    ISO 3166-1 alpha-2
 * @param city       the city, or null
 * @param names      English names to write (display name first, then labels and aliases)
 * @param acronyms   acronyms (KAIST), possibly empty
 * @param native_    names in Chinese, Japanese or Korean script, possibly empty
 */
public record SyntheticInstitution(String rorId, String country, String city, List<String> names,
                                   List<String> acronyms, List<String> native_) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The prefix of an invented institution's {@link #key}. */
    public static final String INVENTED_PREFIX = "invented:";

    /**
     * The institution's identity in the ground truth: its ROR id, or {@code invented:<country>:<name>} for an invented
     * one (its name is unique within its country), so that an evaluation can tell invented institutions apart.
     */
    public String key() {
        return rorId != null ? rorId : INVENTED_PREFIX + country + ":" + names.get(0);
    }
}
