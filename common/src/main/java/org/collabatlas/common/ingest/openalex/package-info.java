/** OpenAlex works ({@code openalex}): snapshot JSON Lines or API responses. */
package org.collabatlas.common.ingest.openalex;
