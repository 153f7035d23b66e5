/** Small helpers for Spark SQL plans shared by the jobs. */
package org.collabatlas.sql;
