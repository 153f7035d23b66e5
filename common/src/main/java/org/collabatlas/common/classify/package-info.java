/**
 * ICT technology categories of papers from their keywords and titles: a {@link
 * org.collabatlas.common.classify.Taxonomy} of categories with include and exclude phrases (read from
 * {@code conf/taxonomy.conf} or a user's file), the normalisation shared by phrases and texts ({@link
 * org.collabatlas.common.classify.Terms}), a token trie of all phrases, and the multi-label {@link
 * org.collabatlas.common.classify.KeywordClassifier}. Pure Java; the Spark stage {@code classify} calls it once per
 * paper.
 */
package org.collabatlas.common.classify;
