/**
 * Author identity for the author graph, pure Java: {@link org.collabatlas.common.author.AuthorKey} turns one
 * authorship (ORCID iD, the source's own author id, or a normalised name anchored at the authorship's institution
 * or country) into the author's node id, and gives an author's modal country. Input: the fields of one parsed
 * authorship; output: a key string such as {@code orcid:0000-0002-1825-0097}, or null when the authorship names
 * no one. Used by the graph stage at level {@code author} ({@code graph.levels}, {@code graph.author.max-authors}).
 */
package org.collabatlas.common.author;
