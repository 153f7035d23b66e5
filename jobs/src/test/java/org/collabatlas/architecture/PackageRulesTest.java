package org.collabatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@code jobs}, checked on the compiled classes (ArchUnit): no package cycles; the stages and
 * the run layer never import the command line ({@code cli} depends on them, not the other way round); the run layer
 * imports no stage; stages do not import each other; and {@code common} stays free of Spark.
 */
class PackageRulesTest {
    private static final String[] STAGES = {"org.collabatlas.ingest..", "org.collabatlas.resolve..",
        "org.collabatlas.classify..", "org.collabatlas.graph..", "org.collabatlas.centrality..",
        "org.collabatlas.uncertainty..", "org.collabatlas.report..", "org.collabatlas.generate..",
        "org.collabatlas.corrupt.."};
    private static JavaClasses jobs;
    private static JavaClasses common;

    @BeforeAll
    static void importClasses() {
        ImportOption mainOnly = new ImportOption.DoNotIncludeTests();
        jobs = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.collabatlas")
                .that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.collabatlas.common..")));
        common = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.collabatlas.common");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.collabatlas.(*)..").should().beFreeOfCycles().check(jobs);
        slices().matching("org.collabatlas.common.(*)..").should().beFreeOfCycles().check(common);
    }

    @Test
    void noStageImportsTheCommandLine() {
        noClasses().that().resideInAnyPackage(STAGES).or().resideInAnyPackage("org.collabatlas.run..", "org.collabatlas.io..",
                "org.collabatlas.schema..", "org.collabatlas.sql..").should().dependOnClassesThat().resideInAPackage("org.collabatlas.cli..").check(jobs);
    }

    @Test
    void theRunLayerImportsNoStage() {
        noClasses().that().resideInAPackage("org.collabatlas.run..").should().dependOnClassesThat()
                .resideInAnyPackage(STAGES).check(jobs);
    }

    /**
     * One allowed edge: the uncertainty stage resamples the graph stage's country graphs, so it builds them with the
     * same definition ({@code graph.CollaborationGraph}) rather than a copy of it.
     */
    @Test
    void stagesReadEachOthersTablesOnlyThroughTheRunLayer() {
        for (String stage : STAGES) {
            String[] others = java.util.Arrays.stream(STAGES).filter(s -> !s.equals(stage))
                    .filter(s -> !(stage.equals("org.collabatlas.uncertainty..") && s.equals("org.collabatlas.graph..")))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(stage).should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a stage reads another stage's tables through run.Table, not its classes")
                    .check(jobs);
        }
    }

    @Test
    void commonHasNoSpark() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
                "scala..").check(common);
    }
}
