/** Every table's column names ({@link org.collabatlas.schema.Columns}) and Spark schemas ({@link org.collabatlas.schema.Schemas}). */
package org.collabatlas.schema;
