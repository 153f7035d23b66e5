/** IEEE Xplore Metadata API records ({@code ieee-xplore-api}). */
package org.collabatlas.common.ingest.ieee;
