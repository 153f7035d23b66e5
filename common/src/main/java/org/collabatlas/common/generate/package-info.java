/**
 * The synthetic corpus generator, pure Java: papers in the real source formats with their ground truth, for
 * volume tests, benchmarks and evaluating the pipeline against known answers.
 * {@link org.collabatlas.common.generate.CorpusSpec} says what to generate;
 * {@link org.collabatlas.common.generate.PaperGenerator} makes paper {@code i} from (seed, i) alone, with the
 * country model of {@link org.collabatlas.common.generate.CountryCalibration}, institutions from
 * {@link org.collabatlas.common.generate.InstitutionPool}, affiliation strings from
 * {@link org.collabatlas.common.generate.AffiliationStyler} and keywords from the
 * {@link org.collabatlas.common.generate.Category} vocabularies; {@link org.collabatlas.common.generate.CorpusWriter}
 * writes one chunk (IEEE Xplore API and ACM DL JSON Lines, ground-truth CSV). Inputs: the spec and a gazetteer;
 * output: byte-identical files for equal specs, however the chunks are spread over tasks. Config:
 * {@code generate.*}. {@link org.collabatlas.common.generate.ClusteringScores} scores a predicted grouping against
 * the true one (B-cubed and pairwise), as {@code evaluate-corpus} does for the invented institutions.
 */
package org.collabatlas.common.generate;
