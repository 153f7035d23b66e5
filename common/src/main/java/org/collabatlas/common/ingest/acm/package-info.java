/** ACM Digital Library paper objects ({@code acm-dl}). */
package org.collabatlas.common.ingest.acm;
