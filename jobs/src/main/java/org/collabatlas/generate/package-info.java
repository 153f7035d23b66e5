/**
 * {@code generate} and {@code evaluate-corpus}: a synthetic corpus in the real source formats with ground truth
 * (the model is in {@code common.generate}), written by Spark tasks, and the accuracy of a run's resolved countries
 * and institutions against that truth. Config: {@code generate.*}.
 */
package org.collabatlas.generate;
