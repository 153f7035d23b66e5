package org.collabatlas.common.report;

/** The study's five partner types, relative to a reference node, plus the reference itself. See {@link Typology}. */
public enum PartnerType {
    LEADING_GLOBALLY("leading globally"),
    EXCHANGE_CENTRED("exchange-centred"),
    SIMILAR("similar to reference"),
    OWN_PATH("own path"),
    EARLY_STAGE("early-stage"),
    REFERENCE("reference");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    /** The label shown in tables, as the study words it. */
    public String label() {
        return label;
    }
}
