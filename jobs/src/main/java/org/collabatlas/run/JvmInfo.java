package org.collabatlas.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver JVM a stage ran in, for its {@code _run.json}: Java version, processors the JVM sees, maximum heap,
 * garbage collectors, and the memory and GC flags it was started with. Timings of two runs compare only when these
 * match: the JVM picks its collector by the processors it sees (Serial below two, G1 from two), so a run pinned to
 * one core would otherwise run another collector than the same command on two ({@code conf/jvm.args} now names G1).
 */
final class JvmInfo {
    private JvmInfo() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.put("available_processors", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        out.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        out.put("flags", tuningFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return out;
    }

    /**
     * The JVM's memory, GC and compiler flags ({@code -XX:}, {@code -Xm*}, {@code -Xss}) from its arguments, in
     * order. System properties ({@code -D}) are left out: they can carry credentials.
     */
    static List<String> tuningFlags(List<String> arguments) {
        return arguments.stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xmx") || a.startsWith("-Xms")
                        || a.startsWith("-Xmn") || a.startsWith("-Xss"))
                .toList();
    }
}
