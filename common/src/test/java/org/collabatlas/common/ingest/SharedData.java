package org.collabatlas.common.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real data of {@code ../shared/data} for integration tests. A test that needs it calls {@link #dir(String)},
 * which skips the test with a printed reason when the folder is absent (a user's fresh clone).
 */
public final class SharedData {
    private SharedData() {
    }

    /** {@code ../shared/data} beside the project root (the {@code collabatlas.root} property set by the build). */
    public static Path root() {
        String project = System.getProperty("collabatlas.root");
        Path base = project != null ? Path.of(project) : Path.of("").toAbsolutePath();
        return base.toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
    }

    /** The sub-folder, or the test is skipped (with the reason printed) when the shared data is absent. */
    public static Path dir(String sub) {
        Path d = root().resolve(sub);
        if (!Files.isDirectory(d)) {
            String reason = "skipped: shared data folder " + d + " is absent (it is present in CI)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        return d;
    }

    public static List<Path> files(String sub) {
        try (Stream<Path> s = Files.list(dir(sub))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
