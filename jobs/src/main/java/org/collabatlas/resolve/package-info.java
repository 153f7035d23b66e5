/**
 * The resolve stage and the affiliation commands: each distinct raw affiliation string is matched to ROR
 * institutions and a country by the pure matcher of {@code common.affiliation} (the gazetteer broadcast, one
 * {@code mapPartitions}), unmatched strings are clustered into provisional institutions, and the answers are joined
 * back to the authorships. Reads ingest's {@code authorships}; writes {@code affiliation_matches},
 * {@code institutions} and {@code authorships_resolved}. Config: {@code resolve.*}.
 */
package org.collabatlas.resolve;
