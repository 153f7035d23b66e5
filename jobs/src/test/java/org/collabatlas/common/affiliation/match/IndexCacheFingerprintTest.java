package org.collabatlas.common.affiliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.collabatlas.common.affiliation.gazetteer.Gazetteer;
import org.collabatlas.common.affiliation.gazetteer.RorDumpReader;
import org.junit.jupiter.api.Test;

/**
 * The index cache's code fingerprint ({@link IndexCache#FINGERPRINTED}) covers every class of {@code common} that
 * reading a dump, building the gazetteer and the index, or encoding them depends on (read from the bytecode, with
 * ArchUnit, which only the jobs tests have): a class added to that code, or a nested class, fails here until it is
 * listed, so that changing it rebuilds the cache files instead of trusting them.
 */
class IndexCacheFingerprintTest {
    @Test
    void theFingerprintCoversEveryClassTheIndexDependsOn() {
        JavaClasses common = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.collabatlas.common");
        Set<String> needed = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (Class<?> root : List.of(Gazetteer.class, RorDumpReader.class, MatchIndex.class,
                PreparedGazetteer.class)) {
            todo.add(common.get(root));
        }
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!needed.add(c.getName().replace('.', '/'))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith("org.collabatlas.common") && common.contain(target.getName())) {
                    todo.add(common.get(target.getName()));
                }
            }
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(IndexCache.FINGERPRINTED);
        assertEquals(Set.of(), missing, "add these to IndexCache.FINGERPRINTED");
    }
}
