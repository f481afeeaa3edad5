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
package org.sorastudio.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real CLI in its own JVM, as a user would: headless, with no display variable at all, the
 * API key only in the environment, and stdout/stderr captured in files.
 */
final class CliProcess {

    private static final long TIMEOUT_SECONDS = 90;

    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private int runs;
    private Path input;

    CliProcess(Path workDir) {
        this.workDir = workDir;
    }

    CliProcess apiKey(String key) {
        env.put("OPENAI_API_KEY", key);
        return this;
    }

    /** Sets a variable of the CLI's environment (a profile's key or gateway header, say). */
    CliProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** What the CLI reads on standard input (otherwise nothing). */
    CliProcess input(Path file) {
        this.input = file;
        return this;
    }

    CliProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** The command line of a fresh JVM running {@link Main} with {@code args}; also used by the benchmark. */
    static List<String> command(Path userDir, List<String> jvmOptions, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, "-Djava.awt.headless=true",
                "-Dsorastudio.userdir=" + userDir, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(coverageAgent());
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(args);
        return command;
    }

    /**
     * JaCoCo's agent of this test JVM, when the build runs one: the CLI's own JVMs then add what they ran to
     * the module's coverage (the agent appends to its file), which would otherwise miss every command.
     */
    private static List<String> coverageAgent() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-javaagent:") && argument.contains("jacoco"))
                .toList();
    }

    Process start(String... args) throws IOException {
        runs++;
        ProcessBuilder builder = new ProcessBuilder(command(workDir.resolve("userdir"), jvmOptions, List.of(args)))
                .directory(workDir.toFile())
                .redirectOutput(stdoutFile().toFile())
                .redirectError(stderrFile().toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        environment.remove("OPENAI_API_KEY");
        environment.putAll(env);
        return builder.start();
    }

    Result run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within " + TIMEOUT_SECONDS + " s: " + String.join(" ", args)
                    + "\nstdout:\n" + stdout() + "\nstderr:\n" + stderr());
        }
        return new Result(process.exitValue(), stdout(), stderr());
    }

    Path stdoutFile() {
        return workDir.resolve("stdout-" + runs + ".txt");
    }

    Path stderrFile() {
        return workDir.resolve("stderr-" + runs + ".txt");
    }

    String stdout() throws IOException {
        return Files.readString(stdoutFile(), StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderrFile(), StandardCharsets.UTF_8);
    }

    /** What a finished run left. */
    record Result(int exitCode, String stdout, String stderr) {

        List<String> lines() {
            return stdout.lines().toList();
        }

        /** Every stdout line parsed as JSON (fails on a line that is not). */
        List<JsonObject> events() {
            return stdout.lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        }

        List<JsonObject> events(String name) {
            return events().stream().filter(e -> e.get("event").getAsString().equals(name)).toList();
        }

        JsonObject last() {
            List<JsonObject> all = events();
            return all.get(all.size() - 1);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
