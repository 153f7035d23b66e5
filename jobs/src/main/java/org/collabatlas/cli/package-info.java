/**
 * The command line: {@link org.collabatlas.cli.Main} (the one entry point, locally and under spark-submit), the
 * command table, config layering ({@code --conf}, {@code --set}), the run directory layout and {@code latest}
 * pointer, and the {@code _run.json} summaries that every stage writes beside its output.
 */
package org.collabatlas.cli;
