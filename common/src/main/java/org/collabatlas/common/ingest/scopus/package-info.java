/** Scopus CSV exports ({@code scopus}). */
package org.collabatlas.common.ingest.scopus;
