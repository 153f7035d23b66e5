/**
 * Institution matching of raw affiliation strings against the ROR {@link
 * org.collabatlas.common.affiliation.gazetteer.Gazetteer}: normalisation ({@link
 * org.collabatlas.common.affiliation.match.Terms}), segmentation ({@link
 * org.collabatlas.common.affiliation.match.Segmenter}), candidate retrieval by blocking keys, IDF-weighted scoring,
 * country / city agreement, the ROR hierarchy and a calibrated decision ({@link
 * org.collabatlas.common.affiliation.match.AffiliationMatcher}), and the evaluation of issue 3 ({@link
 * org.collabatlas.common.affiliation.match.AffiliationEvaluation}). Pure Java, no Spark; see
 * {@code docs/affiliations.md} for the measured figures.
 */
package org.collabatlas.common.affiliation.match;
