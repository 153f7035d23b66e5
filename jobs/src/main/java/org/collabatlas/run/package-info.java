/**
 * The run layer, shared by the command line and every stage (it imports neither): where a run's tables live
 * ({@link org.collabatlas.run.RunLayout}, {@link org.collabatlas.run.Table}), the {@link org.collabatlas.run.Stage}
 * contract that every job implements, the runner that executes stages with commit markers, {@code --resume} and
 * {@code latest} ({@link org.collabatlas.run.PipelineRunner}, {@link org.collabatlas.run.StageKeys},
 * {@link org.collabatlas.run.StageCommits}, {@link org.collabatlas.run.Retention}), each stage's {@code _run.json}
 * ({@link org.collabatlas.run.StageReport}), the one SparkSession of a run ({@link org.collabatlas.run.Sessions}),
 * and the failures with their exit codes ({@link org.collabatlas.run.ExitCode}).
 */
package org.collabatlas.run;
