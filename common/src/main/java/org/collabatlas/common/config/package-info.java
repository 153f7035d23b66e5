/**
 * Typed, validated configuration: {@link org.collabatlas.common.config.AtlasConfig} turns the layered Typesafe
 * Config ({@code --set} over {@code --conf} files over {@code conf/application.conf}) into immutable
 * {@link org.collabatlas.common.config.Settings} records, reporting every unknown key, wrong type and bad value at
 * once with its path.
 */
package org.collabatlas.common.config;
