package org.collabatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmInfoTest {
    @Test
    void tuningFlagsKeepMemoryAndGcFlagsAndDropSystemProperties() {
        List<String> args = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseG1GC",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dfs.s3a.secret.key=hunter2", "-Xmx4g", "-Xss2m",
                "-Dlog4j2.configurationFile=x", "-XX:+UseTransparentHugePages", "-ea");
        assertEquals(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseG1GC", "-Xmx4g", "-Xss2m",
                "-XX:+UseTransparentHugePages"), JvmInfo.tuningFlags(args));
    }

    @Test
    void everyStageSummaryNamesTheCollectorTheJvmRuns() {
        @SuppressWarnings("unchecked")
        Map<String, Object> jvm = (Map<String, Object>) new StageReport("t").toMap().get("jvm");
        @SuppressWarnings("unchecked")
        List<String> gc = (List<String>) jvm.get("gc");
        assertEquals(Runtime.getRuntime().availableProcessors(), jvm.get("available_processors"));
        assertEquals(Runtime.getRuntime().maxMemory() >> 20, jvm.get("max_heap_mib"));
        assertTrue(!gc.isEmpty(), "collectors: " + gc);
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+UseG1GC")) {
            // the test JVMs start with conf/jvm.args (pom.xml's argLine), which names G1 whatever the core count
            assertTrue(gc.contains("G1 Young Generation"), "collectors: " + gc);
        }
        assertTrue(StageReport.toJson(new StageReport("t").toMap()).contains("\"max_heap_mib\""));
    }

    @Test
    void jvmArgsNameTheCollectorSoOneCoreRunsTheSameOneAsTwo() throws Exception {
        Path root = Path.of(System.getProperty("collabatlas.root", ".")).toAbsolutePath().normalize();
        List<String> flags = Files.readAllLines(root.resolve("conf/jvm.args"));
        assertTrue(flags.contains("-XX:+UseG1GC"), "conf/jvm.args: " + flags);
    }
}
