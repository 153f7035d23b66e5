package org.collabatlas.common.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.collabatlas.common.ingest.acm.AcmDlParser;
import org.collabatlas.common.ingest.ieee.IeeeXploreParser;
import org.collabatlas.common.ingest.openalex.OpenAlexParser;
import org.collabatlas.common.ingest.scopus.ScopusCsvParser;
import org.collabatlas.common.ingest.wos.WosTabParser;

/** The input formats of {@code ingest.inputs[].format}, by their config id. */
public enum SourceFormat {
    IEEE_XPLORE_API("ieee-xplore-api"),
    ACM_DL("acm-dl"),
    WOS("wos"),
    SCOPUS("scopus"),
    OPENALEX("openalex");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public RecordParser parser() {
        return switch (this) {
            case IEEE_XPLORE_API -> new IeeeXploreParser();
            case ACM_DL -> new AcmDlParser();
            case WOS -> new WosTabParser();
            case SCOPUS -> new ScopusCsvParser();
            case OPENALEX -> new OpenAlexParser();
        };
    }

    /** The format with this id; an {@link IllegalArgumentException} listing the valid ids otherwise. */
    public static SourceFormat fromId(String id) {
        for (SourceFormat f : values()) {
            if (f.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; expected one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", "));
    }
}
