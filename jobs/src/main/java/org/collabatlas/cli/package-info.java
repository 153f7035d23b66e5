/**
 * The command line: {@link org.collabatlas.cli.Main} (the one entry point, locally and under spark-submit) parses
 * the arguments with picocli, loads the validated configuration ({@link org.collabatlas.cli.ConfigLoader}:
 * {@code --conf} overlays, {@code --set} settings) and runs the command: a stage or {@code pipeline} through
 * {@link org.collabatlas.run.PipelineRunner} over the stages of {@link org.collabatlas.cli.Pipeline}, or one of the
 * tools ({@code edge-metrics}, {@code diff}, {@code generate}, ...). Nothing outside this package imports it.
 */
package org.collabatlas.cli;
