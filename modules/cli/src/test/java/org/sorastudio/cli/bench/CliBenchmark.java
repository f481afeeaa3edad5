/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * Start-up cost of the CLI as a user pays it: the median wall time of {@code sorastudio-cli --help}
 * and of a one-shot run against an in-process simulator, each a fresh JVM. Run with the module's test
 * classpath ({@code ./studio bench cli}).
 */
public final class CliBenchmark {

    private static final int RUNS = 7;
    /** The JVM options the README asks bin/sorastudio-cli to pass: C1 only and the serial collector start fastest. */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private CliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("cli-bench");
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorConfig.builder().seed(1).renderMillisPerVideoSecond(10).build())) {
            String baseUrl = simulator.baseUrl().toString();
            run(work, LAUNCHER_OPTIONS, "--help");
            run(work, LAUNCHER_OPTIONS, "shot", "--prompt", "A benchmark lighthouse", "--base-url", baseUrl,
                    "--output", "warm-up", "--quiet");
            long[] help = new long[RUNS];
            long[] helpDefaultJvm = new long[RUNS];
            long[] oneShot = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                help[i] = run(work, LAUNCHER_OPTIONS, "--help");
                helpDefaultJvm[i] = run(work, List.of(), "--help");
                oneShot[i] = run(work, LAUNCHER_OPTIONS, "shot", "--prompt", "A benchmark lighthouse", "--base-url", baseUrl,
                        "--output", "run-" + i, "--quiet");
            }
            System.out.println("JVM options of the launcher: " + String.join(" ", LAUNCHER_OPTIONS));
            System.out.println("--help runs (ms):                 " + Arrays.toString(help));
            System.out.println("--help runs, default JVM (ms):    " + Arrays.toString(helpDefaultJvm));
            System.out.println("one-shot runs (ms):               " + Arrays.toString(oneShot)
                    + " (4 s clip, simulator at 10 ms per video second)");
            System.out.printf(Locale.ROOT, "RESULT help_ms=%d help_default_jvm_ms=%d one_shot_ms=%d%n", median(help),
                    median(helpDefaultJvm), median(oneShot));
        }
    }

    /** Wall time of one CLI process in milliseconds; fails unless it exits with 0. */
    private static long run(Path work, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", absoluteClassPath(),
                "-Djava.awt.headless=true", "-Dsorastudio.userdir=" + work.resolve("userdir")));
        command.addAll(jvmOptions);
        command.add("org.sorastudio.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().put("OPENAI_API_KEY", "sk-benchmark");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish: " + command);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " for " + List.of(args) + ": "
                    + Files.readString(work.resolve("stderr.txt")));
        }
        return millis;
    }

    /** The benchmark's own class path, usable from the processes' working folder. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
