package org.goalbook.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.goalbook.cli.DefaultNotebook;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;

/**
 * Start-up to the first frame that shows the goal tree, measured from process start: each start is a fresh
 * {@code java} process ({@link FirstFrameProbe}) on the display in {@code DISPLAY} (Xvfb for the figures in
 * docs/benchmarks.md), with no JVM options, as a user's {@code java -jar} would be. Three cases run in rounds,
 * one start of each per round, so that load from other processes falls on all alike: a bare window with one
 * Label, Goalbook on the example notebook, Goalbook on a generated 10,000-item notebook. Not a test:
 * <pre>
 * Xvfb :77 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:77 mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.goalbook.bench.StartupBenchmark"
 * </pre>
 * Options: {@code -Dbench.rounds=9} (measured rounds, after one unmeasured round that warms the file cache);
 * {@code -Dbench.jar=target/goalbook.jar} adds Goalbook started as {@code java -jar} starts it: the built jar and
 * the jars and native libraries beside it in {@code lib/} ({@code mvn package});
 * {@code -Dbench.image=target/package/image/goalbook} adds two cases started from the app image that
 * {@code mvn -Ppackage package} builds: its own runtime and class path, without and with an AppCDS archive of
 * Goalbook's classes (made in the unmeasured round, as the first start of an installed Goalbook would);
 * {@code -Dbench.large=false} leaves out the 10,000-item notebook.
 */
public final class StartupBenchmark {
    private static final Pattern OUTPUT = Pattern.compile(
            "frame-us=(\\d+) jvm-start-ms=(\\d+) preview-us=(-?\\d+) main-us=(\\d+) shown-us=(\\d+)");
    /** Test-only libraries: a user's class path does not have them, so the child's does not either. */
    private static final List<String> TEST_ONLY = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
            "/org/assertj/", "/net/bytebuddy/", "/net/jqwik/", "/org/testfx/", "/org/osgi/", "/org/hamcrest/",
            "/com/tngtech/");

    private StartupBenchmark() {
    }

    /** One start: from launch to first frame (parent's clock), from JVM start to first frame, to first preview. */
    record Start(double launchToFrameMs, double jvmToFrameMs, double launchToPreviewMs, double launchToMainMs,
                 double mainToShownMs, double shownToFrameMs) {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("DISPLAY is not set: start Xvfb (Xvfb :77 &) and run with DISPLAY=:77");
        }
        int rounds = Integer.getInteger("bench.rounds", 9);
        Path dir = Files.createTempDirectory("goalbook-startup");
        Path example = store(dir.resolve("example.goalbook"), DefaultNotebook.example());
        Path large = store(dir.resolve("large.goalbook"), BenchNotebook.build());
        String classPath = childClassPath();
        Launch jar = new Launch(List.of(javaExecutable()), classPath, null);
        Map<String, List<String>> cases = new LinkedHashMap<>();
        Map<String, Launch> launches = new LinkedHashMap<>();
        cases.put("bare JavaFX window, one Label", List.of("label"));
        cases.put("Goalbook, example notebook", List.of("goalbook", example.toString()));
        if (Boolean.parseBoolean(System.getProperty("bench.large", "true"))) {
            cases.put("Goalbook, 10,000-item notebook", List.of("goalbook", large.toString()));
        }
        cases.keySet().forEach(name -> launches.put(name, jar));
        Path probe = probeJar(dir.resolve("probe.jar"));
        String builtJar = System.getProperty("bench.jar");
        if (builtJar != null) {
            cases.put("java -jar goalbook.jar, example notebook", List.of("goalbook", example.toString()));
            launches.put("java -jar goalbook.jar, example notebook", Launch.jar(Path.of(builtJar), probe));
        }
        String image = System.getProperty("bench.image");
        if (image != null) {
            cases.put("app image, example notebook", List.of("goalbook", example.toString()));
            launches.put("app image, example notebook", Launch.image(Path.of(image), probe, null));
            cases.put("app image + AppCDS, example notebook", List.of("goalbook", example.toString()));
            launches.put("app image + AppCDS, example notebook",
                    Launch.image(Path.of(image), probe, dir.resolve("goalbook.jsa")));
        }

        System.out.printf("JVM %s, %d cores, DISPLAY=%s, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getenv("DISPLAY"), pipeline(classPath, dir));
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        cases.keySet().forEach(name -> starts.put(name, new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, List<String>> c : cases.entrySet()) {
                Start s = start(launches.get(c.getKey()), dir.resolve("prefs-" + Math.abs(c.getKey().hashCode())),
                        c.getValue());
                if (round > 0) {
                    starts.get(c.getKey()).add(s);
                }
            }
            System.out.printf("round %d of %d done; load average %.1f%n", round, rounds, loadAverage());
        }
        TextTable table = new TextTable("case", "launch → first frame, median ms", "min ms",
                "JVM start → first frame, median ms", "launch → preview shown, median ms", "n");
        starts.forEach((name, list) -> table.row(name, f(median(list, Start::launchToFrameMs)),
                f(min(list, Start::launchToFrameMs)), f(median(list, Start::jvmToFrameMs)),
                name.startsWith("bare") ? "" : f(median(list, Start::launchToPreviewMs)), String.valueOf(list.size())));
        TextTable phases = new TextTable("case", "launch → main()", "main() → window shown",
                "shown → first frame");
        starts.forEach((name, list) -> phases.row(name, f(median(list, Start::launchToMainMs)),
                f(median(list, Start::mainToShownMs)), f(median(list, Start::shownToFrameMs))));
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.println("Where the time goes, median ms:");
        System.out.print(phases);
        starts.forEach((name, list) -> System.out.println(name + ": " + list.stream()
                .map(s -> f(s.launchToFrameMs())).collect(Collectors.joining(" "))));
    }

    private static Path store(Path file, Notebook notebook) {
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(notebook);
        }
        return file;
    }

    /** How a child JVM is started: java and its options, the class path, an AppCDS archive (or null). */
    record Launch(List<String> java, String classPath, Path archive) {
        /** The app image's runtime and jars, with the probe's classes after them (the image's own come first). */
        static Launch image(Path image, Path probe, Path archive) throws IOException {
            return new Launch(List.of(image.resolve("lib/runtime/bin/java").toString()),
                    besideJar(image.resolve("lib/app/goalbook.jar"), probe), archive);
        }

        /** {@code java -jar goalbook.jar} with the probe: the jar, then the jars of lib/ beside it. */
        static Launch jar(Path jar, Path probe) throws IOException {
            return new Launch(List.of(javaExecutable()), besideJar(jar, probe), null);
        }

        /** The jars only, as bin/goalbook lists them: native libraries and their folders stand beside them. */
        private static String besideJar(Path jar, Path probe) throws IOException {
            List<String> entries = new ArrayList<>(List.of(jar.toString()));
            try (var jars = Files.list(jar.resolveSibling("lib"))) {
                jars.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().forEach(entries::add);
            }
            entries.add(probe.toString());
            return String.join(File.pathSeparator, entries);
        }

        /** The archive is made by the first start (at its exit) and used by every start after it. */
        List<String> command() {
            List<String> command = new ArrayList<>(java);
            if (archive != null) {
                command.add((Files.exists(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=")
                        + archive);
            }
            command.addAll(List.of("-cp", classPath));
            return command;
        }
    }

    /** The probe's classes in a jar: an AppCDS archive cannot be made with a folder of classes on the class path. */
    private static Path probeJar(Path jar) throws IOException {
        Path classes = Path.of(FirstFrameProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String folder = FirstFrameProbe.class.getPackageName().replace('.', '/');
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.list(classes.resolve(folder))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("FirstFrameProbe")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(folder + "/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Start start(Launch launch, Path prefs, List<String> probeArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(List.of(
                // The user's settings stay untouched: each case keeps its own settings folder across its starts.
                "-Djava.util.prefs.userRoot=" + prefs, FirstFrameProbe.class.getName()));
        command.addAll(probeArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long launched = micros(Instant.now());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        Matcher m = OUTPUT.matcher(out);
        if (code != 0 || !m.find()) {
            throw new IllegalStateException("start " + probeArgs + " failed (exit " + code + "): " + out);
        }
        long frame = Long.parseLong(m.group(1));
        long preview = Long.parseLong(m.group(3));
        long main = Long.parseLong(m.group(4));
        long shown = Long.parseLong(m.group(5));
        return new Start((frame - launched) / 1e3, (frame - Long.parseLong(m.group(2)) * 1000) / 1e3,
                preview < 0 ? Double.NaN : (preview - launched) / 1e3, (main - launched) / 1e3,
                (shown - main) / 1e3, (frame - shown) / 1e3);
    }

    /** Which rendering pipeline JavaFX picks on this display (prism.verbose of one extra, unmeasured start). */
    private static String pipeline(String classPath, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(javaExecutable(), "-cp", classPath, "-Dprism.verbose=true",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs-verbose"), FirstFrameProbe.class.getName(), "label")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return Arrays.stream(out.split("\n"))
                .filter(l -> l.contains("Initialized prism pipeline") || l.contains("Fallback"))
                .map(String::strip).collect(Collectors.joining("; "));
    }

    private static String childClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Start> list, java.util.function.ToDoubleFunction<Start> f) {
        double[] v = list.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(List<Start> list, java.util.function.ToDoubleFunction<Start> f) {
        return list.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private static String f(double ms) {
        return String.format("%.0f", ms);
    }
}
