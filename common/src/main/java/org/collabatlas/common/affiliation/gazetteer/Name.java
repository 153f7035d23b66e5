package org.collabatlas.common.affiliation.gazetteer;

import java.io.Serializable;
import java.util.Objects;

/**
 * One name of an institution as ROR records it.
 *
 * @param value the name as written (never blank)
 * @param type  what kind of name it is; a ROR v2 name with several types gets the first of
 *              DISPLAY, LABEL, ACRONYM, ALIAS that it carries (ROR marks the display name also as a label);
 *              a name that is also an {@code acronym} (the display name {@code KAIST}) is kept a second time as
 *              ACRONYM, so that it is in the acronym index too
 * @param lang  ISO 639-1 language code as ROR gives it ({@code en}, {@code zh}, {@code ja}), or null when unknown
 */
public record Name(String value, Type type, String lang) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kinds of names; only ACRONYM names go to the acronym index, the others to the name and token indexes. */
    public enum Type {
        /** The one name ROR shows ({@code ror_display}; v1 {@code name}). */
        DISPLAY,
        /** An official name, often in another language ({@code label}). */
        LABEL,
        /**
         * Another usual name: former names, short forms, transliterations ({@code alias}); also the forms that
         * the dump reader derives from a ROR name without its country qualifier or legal form ({@link NameVariants}:
         * {@code Nokia} of {@code Nokia (Finland)}).
         */
        ALIAS,
        /** An abbreviation made of initials ({@code acronym}): KAIST, NTU. */
        ACRONYM
    }

    public Name {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a name needs a non-blank value");
        }
        value = value.strip();
        lang = lang == null || lang.isBlank() ? null : lang.strip();
    }
}
