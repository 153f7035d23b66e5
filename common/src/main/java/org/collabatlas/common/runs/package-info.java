/**
 * Comparison of two runs, pure Java: {@link org.collabatlas.common.runs.RankDiff} ranks the nodes of one metric in
 * run A and run B and says, per node, its rank change and whether it entered, left or stayed in the top N. Input:
 * the metric's value per node id in each run; output: one entry per node. Used by the {@code diff} command.
 */
package org.collabatlas.common.runs;
