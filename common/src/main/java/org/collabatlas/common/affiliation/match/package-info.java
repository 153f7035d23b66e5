/**
 * Institution matching of raw affiliation strings against the ROR {@link
 * org.collabatlas.common.affiliation.gazetteer.Gazetteer}: normalisation ({@link
 * org.collabatlas.common.affiliation.match.Terms}), segmentation ({@link
 * org.collabatlas.common.affiliation.match.Segmenter}), candidate retrieval by blocking keys, IDF-weighted scoring,
 * country / city agreement, the ROR hierarchy and a calibrated decision ({@link
 * org.collabatlas.common.affiliation.match.AffiliationMatcher}), and the evaluation of issue 3 ({@link
 * org.collabatlas.common.affiliation.match.AffiliationEvaluation}). The gazetteer with the matcher's index ({@link
 * org.collabatlas.common.affiliation.match.PreparedGazetteer}) is built once per ROR dump and kept in an {@link
 * org.collabatlas.common.affiliation.match.IndexCache} keyed by the dump's SHA-256. Pure Java, no Spark; see
 * {@code docs/affiliations.md} for the measured figures.
 */
package org.collabatlas.common.affiliation.match;
