package org.collabatlas.common.affiliation;

import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.match.AffiliationMatcher;
import org.collabatlas.common.affiliation.match.MatcherModel;
import org.collabatlas.common.ingest.SharedData;

/**
 * The partial ROR dump of {@code ../shared/data/ror} and its matchers, loaded once per test JVM and shared by the
 * test classes that need them (a load and index build takes 10-20 s). Skips the calling test, with the reason
 * printed, when the shared data is absent.
 */
public final class PartialRor {
    private static Gazetteer gazetteer;
    private static AffiliationMatcher rules;

    private PartialRor() {
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load(SharedData.dir("ror").resolve("ror-v2-partial.json.gz"));
        }
        return gazetteer;
    }

    /** The rule-based matcher of the first design. */
    public static synchronized AffiliationMatcher rules() {
        if (rules == null) {
            rules = new AffiliationMatcher(gazetteer());
        }
        return rules;
    }

    /** The learned matcher with the shipped model (the resolve stage's default), sharing the rules' index. */
    public static AffiliationMatcher learned() {
        return rules().withModel(MatcherModel.shipped());
    }
}
