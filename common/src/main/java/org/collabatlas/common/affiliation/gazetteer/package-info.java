/**
 * The institution gazetteer of affiliation resolution: the organisations of the Research Organization Registry
 * (ROR, CC0) with indexes by id, normalised name, acronym, token (with document frequencies) and country.
 * Inputs: a ROR data dump ({@link org.collabatlas.common.affiliation.gazetteer.RorDumpReader}, JSON array of schema
 * v2 or v1, plain or gzip) or the shipped default table {@code org/collabatlas/affiliation/gazetteer-default.tsv}
 * (about 250 institutions that publish most in ICT, with hand-added aliases and native-script names).
 * Output: an immutable, serializable {@link org.collabatlas.common.affiliation.gazetteer.Gazetteer} that the Spark
 * jobs broadcast to executors. Names are compared by the keys of
 * {@link org.collabatlas.common.affiliation.gazetteer.NameKeys}. Pure Java, no Spark.
 */
package org.collabatlas.common.affiliation.gazetteer;
