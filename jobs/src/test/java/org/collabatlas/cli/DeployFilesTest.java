package org.collabatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collabatlas.common.config.AtlasConfig;
import org.collabatlas.common.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files a user runs as they are (after setting bucket names): every JSON and YAML file parses; each
 * job definition names the main class, the job jar of this version and a known command; every overlay and setting
 * it passes loads through {@link Main#loadConfig} (so every key exists in application.conf); the cloud overlays
 * point at their object store; the scripts print the exact commands with {@code --dry-run} (no cloud call).
 */
class DeployFilesTest {
    static final Path ROOT = Path.of(System.getProperty("collabatlas.root", ".")).toAbsolutePath().normalize();
    static final String MAIN = "org.collabatlas.cli.Main";
    static final String JAR = "collab-atlas-jobs-" + org.collabatlas.run.BuildInfo.version() + "-all.jar";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theVersionIsKnown() {
        assertFalse(org.collabatlas.run.BuildInfo.version().equals("unknown"), "version.properties");
    }

    @Test
    void everyJsonAndYamlFileParses() throws IOException {
        List<Path> files = deployFiles();
        int json = 0;
        int yaml = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".json")) {
                JSON.readTree(f.toFile());
                json++;
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                for (Object doc : new Yaml().loadAll(Files.readString(f))) {
                    assertTrue(doc instanceof Map<?, ?>, f + ": a YAML document is a mapping");
                }
                yaml++;
            }
        }
        assertTrue(json >= 6, "JSON files: " + json);
        assertTrue(yaml >= 2, "YAML files: " + yaml);
    }

    @Test
    void emrStepsRunTheJobJarWithKnownSettings() throws IOException {
        for (String file : List.of("steps.json", "steps-diff.json")) {
            JsonNode steps = JSON.readTree(ROOT.resolve("deploy/emr").resolve(file).toFile());
            assertTrue(steps.isArray() && steps.size() >= 1, file);
            for (JsonNode step : steps) {
                assertEquals("command-runner.jar", step.get("Jar").asText());
                List<String> args = new ArrayList<>();
                step.get("Args").forEach(a -> args.add(a.asText()));
                assertEquals("spark-submit", args.get(0));
                assertEquals(MAIN, args.get(args.indexOf("--class") + 1));
                checkApplication(args, "s3://my-atlas-bucket/jars/" + JAR);
            }
        }
        JsonNode groups = JSON.readTree(ROOT.resolve("deploy/emr/instance-groups-1.77m.json").toFile());
        assertEquals("MASTER", groups.get(0).get("InstanceGroupType").asText());
        JsonNode conf = JSON.readTree(ROOT.resolve("deploy/emr/configurations.json").toFile());
        assertEquals("spark-defaults", conf.get(0).get("Classification").asText());
    }

    @Test
    void dataprocWorkflowTemplateRunsTheJobJar() throws IOException {
        Map<String, Object> t = new Yaml().load(Files.readString(ROOT.resolve("deploy/dataproc/workflow-template.yaml")));
        Map<String, Object> job = map(((List<?>) t.get("jobs")).get(0));
        Map<String, Object> spark = map(job.get("sparkJob"));
        assertEquals(MAIN, spark.get("mainClass"));
        List<String> args = new ArrayList<>(List.of("gs://my-atlas-bucket/jars/" + JAR));
        assertEquals(List.of("gs://my-atlas-bucket/jars/" + JAR), spark.get("jarFileUris"));
        for (Object a : (List<?>) spark.get("args")) {
            args.add(String.valueOf(a));
        }
        checkApplication(args, "gs://my-atlas-bucket/jars/" + JAR);
        String image = String.valueOf(map(map(map(map(t.get("placement")).get("managedCluster")).get("config"))
                .get("softwareConfig")).get("imageVersion"));
        assertTrue(image.startsWith("2.2"), "Dataproc image with Spark 3.5: " + image);
    }

    @Test
    void kubernetesManifestRunsTheJobJarWithItsOverlay() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(Files.readString(ROOT.resolve("deploy/k8s/spark-application.yaml")))
                .forEach(d -> docs.add(map(d)));
        Map<String, Object> configMap = docs.stream().filter(d -> "ConfigMap".equals(d.get("kind"))).findFirst()
                .orElseThrow();
        Map<String, Object> app = docs.stream().filter(d -> "SparkApplication".equals(d.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals("sparkoperator.k8s.io/v1beta2", app.get("apiVersion"));
        Map<String, Object> spec = map(app.get("spec"));
        assertEquals(MAIN, spec.get("mainClass"));
        assertEquals("s3a://my-atlas-bucket/jars/" + JAR, spec.get("mainApplicationFile"));
        assertTrue(String.valueOf(spec.get("sparkVersion")).startsWith("3.5."));
        List<String> args = new ArrayList<>();
        ((List<?>) spec.get("arguments")).forEach(a -> args.add(String.valueOf(a)));
        assertEquals(List.of("pipeline", "--conf", "/etc/collab-atlas/site.conf"), args);
        Path site = tmp.resolve("site.conf");
        Files.writeString(site, String.valueOf(map(configMap.get("data")).get("site.conf")));
        AtlasConfig c = ConfigLoader.load(List.of(site.toString()), List.of());
        assertObjectStore(c, "s3a://");
        assertEquals(12, c.output().keepRuns());
    }

    @Test
    void cloudOverlaysLoadAndPointAtTheirObjectStores() {
        AtlasConfig emr = ConfigLoader.load(List.of("emr.conf"), List.of());
        assertObjectStore(emr, "s3://");
        AtlasConfig dataproc = ConfigLoader.load(List.of("dataproc.conf"), List.of());
        assertObjectStore(dataproc, "gs://");
        assertEquals(null, emr.spark().master(), "spark-submit sets the master");
        assertEquals(null, dataproc.spark().master(), "spark-submit sets the master");
    }

    @Test
    void emrScriptPrintsTheCommandsWithDryRun() throws Exception {
        String created = script("deploy/emr/run-pipeline.sh", "--bucket", "test-bucket", "--size", "20m",
                "--subnet", "subnet-123", "--dry-run");
        assertTrue(created.contains("aws s3 cp " + ROOT.resolve("jobs/target/" + JAR) + " s3://test-bucket/jars/"
                + JAR), created);
        assertTrue(created.contains("aws emr create-cluster --name collab-atlas\\ 20m --release-label emr-7."), created);
        assertTrue(created.contains("--instance-groups file://" + ROOT.resolve("deploy/emr/instance-groups-20m.json")),
                created);
        assertTrue(created.contains("--auto-terminate"), created);
        JsonNode steps = JSON.readTree(Files.readString(filePath(created, "steps.json")));
        assertTrue(steps.toString().contains("s3://test-bucket/jars/" + JAR), steps.toString());
        assertFalse(steps.toString().contains("my-atlas-bucket"), steps.toString());
        String conf = Files.readString(filePath(created, "emr.conf"));
        assertTrue(conf.contains("s3://test-bucket/atlas") && !conf.contains("my-atlas-bucket"), conf);

        String added = script("deploy/emr/run-pipeline.sh", "--bucket", "b", "--cluster-id", "j-ABC",
                "--resume", "20260101T000000Z-abcdef12", "--no-upload", "--dry-run");
        assertTrue(added.startsWith("aws emr add-steps --cluster-id j-ABC --steps file://"), added);
        List<String> args = new ArrayList<>();
        JSON.readTree(Files.readString(filePath(added, "steps.json"))).get(0).get("Args")
                .forEach(a -> args.add(a.asText()));
        assertEquals(List.of("pipeline", "--resume", "20260101T000000Z-abcdef12", "--conf", "s3://b/conf/emr.conf"),
                args.subList(args.indexOf("s3://b/jars/" + JAR) + 1, args.size()));
        checkApplication(args, "s3://b/jars/" + JAR);
    }

    @Test
    void dataprocScriptPrintsTheCommandsWithDryRun() throws Exception {
        String workflow = script("deploy/dataproc/run-pipeline.sh", "--bucket", "tb", "--region", "europe-west1",
                "--dry-run");
        assertTrue(workflow.contains("gcloud dataproc workflow-templates import collab-atlas --region europe-west1"),
                workflow);
        assertTrue(workflow.contains("gcloud dataproc workflow-templates instantiate collab-atlas"), workflow);
        String template = Files.readString(filePath(workflow, "workflow-template.yaml"));
        assertTrue(template.contains("gs://tb/jars/" + JAR) && !template.contains("my-atlas-bucket"), template);

        String batch = script("deploy/dataproc/run-pipeline.sh", "--bucket", "tb", "--region", "europe-west1",
                "--mode", "serverless", "--no-upload", "--dry-run");
        assertTrue(batch.startsWith("gcloud dataproc batches submit spark --region europe-west1 --version 1.2 "
                + "--class " + MAIN + " --jars gs://tb/jars/" + JAR), batch);
        String app = batch.substring(batch.indexOf(" -- ") + 4, batch.indexOf('\n'));
        List<String> args = new ArrayList<>(List.of("gs://tb/jars/" + JAR));
        args.addAll(List.of(app.split(" ")));
        checkApplication(args, "gs://tb/jars/" + JAR);
    }

    @Test
    void bothPipelineScriptsShareTheirOptionsHelpAndErrors() throws Exception {
        for (String path : List.of("deploy/emr/run-pipeline.sh", "deploy/dataproc/run-pipeline.sh")) {
            Ran help = run(Map.of(), path, "--help");
            assertEquals(0, help.code(), help.out());
            assertTrue(help.out().startsWith("Runs the collab-atlas pipeline on "), help.out());
            assertTrue(help.out().contains(path + " ... --dry-run"), help.out());
            assertFalse(help.out().contains("set -euo pipefail"), "the header comment only: " + help.out());

            Ran unknown = run(Map.of(), path, "--bucket", "b", "--region", "r", "--bogus");
            assertEquals(2, unknown.code(), unknown.out());
            assertEquals("run-pipeline.sh: unknown argument --bogus", unknown.out().strip());

            Ran noBucket = run(Map.of(), path, "--region", "r", "--dry-run");
            assertEquals(2, noBucket.code(), noBucket.out());
            assertEquals("run-pipeline.sh: --bucket is required", noBucket.out().strip());
        }
        Ran noRegion = run(Map.of(), "deploy/dataproc/run-pipeline.sh", "--bucket", "b", "--dry-run");
        assertEquals(2, noRegion.code(), noRegion.out());
        assertEquals("run-pipeline.sh: --region is required", noRegion.out().strip());
    }

    @Test
    void pipelineScriptsCallTheCloudClientsTheyPrint() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("fake-bin"));
        for (String client : List.of("aws", "gcloud")) {
            Path fake = bin.resolve(client);
            Files.writeString(fake, "#!/bin/sh\necho \"called " + client + " $*\"\n");
            assertTrue(fake.toFile().setExecutable(true), fake.toString());
        }
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

        String[] emr = {"--bucket", "b", "--cluster-id", "j-ABC", "--region", "eu-west-1", "--no-upload"};
        Ran added = run(env, "deploy/emr/run-pipeline.sh", emr);
        assertEquals(0, added.code(), added.out());
        assertTrue(added.out().startsWith("called aws emr add-steps --region eu-west-1 --cluster-id j-ABC --steps file://"),
                added.out());
        String printed = script("deploy/emr/run-pipeline.sh", append(emr, "--dry-run"));
        assertEquals(firstWords(printed, 6), firstWords(added.out().substring("called ".length()), 6));

        Ran noSubnet = run(env, "deploy/emr/run-pipeline.sh", "--bucket", "b", "--no-upload");
        assertEquals(2, noSubnet.code(), noSubnet.out());
        assertTrue(noSubnet.out().contains("give --subnet"), noSubnet.out());
        assertFalse(noSubnet.out().contains("called aws"), "no cluster without a subnet: " + noSubnet.out());

        String[] batch = {"--bucket", "tb", "--region", "europe-west1", "--mode", "serverless", "--resume", "R1",
            "--no-upload"};
        Ran submitted = run(env, "deploy/dataproc/run-pipeline.sh", batch);
        assertEquals(0, submitted.code(), submitted.out());
        assertTrue(submitted.out().startsWith("called gcloud dataproc batches submit spark --region europe-west1 "),
                submitted.out());
        assertTrue(submitted.out().strip().endsWith(
                " -- pipeline --conf gs://tb/conf/dataproc.conf --resume R1"), submitted.out());
        printed = script("deploy/dataproc/run-pipeline.sh", append(batch, "--dry-run"));
        assertEquals(printed.substring(0, printed.indexOf('\n')).replace("\\", ""), // unquoted: %q escapes commas
                submitted.out().substring("called ".length()).strip());
    }

    @Test
    void submitPrintsTheSparkSubmitCommandWithTheJvmFlags() throws Exception {
        String jar = tmp.resolve(JAR).toString();
        String cmd = script("deploy/bin/submit", "--dry-run", "--jar", jar, "--master", "yarn", "--deploy-mode", "cluster",
                "--conf", "spark.executor.memory=8g", "--conf", "spark.driver.extraJavaOptions=-Dmine=1",
                "pipeline", "--conf", "emr.conf", "--set", "output.keep-runs=3");
        List<String> flags = Files.readAllLines(ROOT.resolve("conf/jvm.args")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String joined = String.join("\\ ", flags);
        assertTrue(cmd.contains("/bin/spark-submit --class " + MAIN + " --master yarn --deploy-mode cluster "
                + "--conf spark.executor.memory=8g "), cmd);
        assertTrue(cmd.contains("--conf spark.driver.extraJavaOptions=" + joined + "\\ -Dmine=1 "), cmd);
        assertTrue(cmd.contains("--conf spark.executor.extraJavaOptions=" + joined + " "), cmd);
        assertTrue(cmd.strip().endsWith(" " + jar + " pipeline --conf emr.conf --set output.keep-runs=3"), cmd);
        assertTrue(flags.stream().anyMatch(f -> f.contains("sun.nio.ch")), "the --add-opens list");
    }

    @Test
    void jobCodeUsesNoJavaIoFile() throws IOException {
        Pattern banned = Pattern.compile("java\\.io\\.File\\b|new File\\(|\\bFileInputStream\\b|\\bFileOutputStream\\b"
                + "|\\bFileReader\\b|\\bFileWriter\\b");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT.resolve("jobs/src/main/java"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (banned.matcher(lines.get(i)).find()) {
                        hits.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), hits, "job code does I/O through Hadoop FileSystem (io/HadoopFiles)");
    }

    /**
     * Arguments from the job jar on: the jar, a known command, and overlays and settings that load. An overlay in
     * object storage is the shipped overlay of the same name, uploaded by the scripts with the bucket replaced.
     */
    static void checkApplication(List<String> args, String jar) {
        int j = args.indexOf(jar);
        assertTrue(j >= 0, "the job jar " + jar + " in " + args);
        String command = args.get(j + 1);
        assertTrue(command.equals("pipeline") || command.equals("diff"), command);
        List<String> confs = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int i = j + 2; i < args.size(); i++) {
            if (args.get(i).equals("--conf")) {
                String c = args.get(++i);
                confs.add(c.contains("://") ? c.substring(c.lastIndexOf('/') + 1) : c);
            } else if (args.get(i).equals("--set")) {
                sets.add(args.get(++i));
            }
        }
        assertFalse(confs.isEmpty(), "an overlay in " + args);
        ConfigLoader.load(confs, sets);
        String[] cli = args.subList(j + 1, args.size()).toArray(String[]::new);
        Main.commandLine(new Console(System.out, System.err, List.of(cli))).parseArgs(cli);
    }

    static void assertObjectStore(AtlasConfig c, String scheme) {
        assertTrue(c.output().dir().startsWith(scheme), c.output().dir());
        assertFalse(c.ingest().inputs().isEmpty());
        for (Settings.Input in : c.ingest().inputs()) {
            assertTrue(in.path().startsWith(scheme), in.path());
        }
    }

    String script(String path, String... args) throws Exception {
        Ran ran = run(Map.of(), path, args);
        assertEquals(0, ran.code(), path + ": " + ran.out());
        return ran.out();
    }

    /** A script's exit code and its output (stdout and stderr together). */
    record Ran(int code, String out) {}

    Ran run(Map<String, String> env, String path, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve(path).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().remove("SPARK_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out);
    }

    static String[] append(String[] args, String more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(more);
        return all.toArray(String[]::new);
    }

    static String firstWords(String s, int n) {
        return String.join(" ", List.of(s.strip().split("\\s+")).subList(0, n));
    }

    /** The path of a file the script listed in its "# files:" line. */
    static Path filePath(String output, String name) {
        String files = output.substring(output.indexOf("# files:"));
        Matcher m = Pattern.compile("(/\\S+/" + Pattern.quote(name) + ")(\\s|$)").matcher(files);
        if (!m.find()) {
            fail("no " + name + " in " + output);
        }
        return Path.of(m.group(1));
    }

    static List<Path> deployFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT.resolve("deploy"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map<?, ?>, String.valueOf(o));
        return (Map<String, Object>) o;
    }
}
