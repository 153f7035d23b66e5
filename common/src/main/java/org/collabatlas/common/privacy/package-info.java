/** Data protection: pseudonyms for author names and ids in outputs that leave the cluster. */
package org.collabatlas.common.privacy;
