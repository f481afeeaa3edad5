package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each optional module switched off the way Tools > Plugins does it (its status file in the user
 * directory says {@code enabled=false}), and all of them at once: the built studio starts, every
 * window of the remaining modules opens, none of the switched-off module's windows exists, and
 * nothing is logged as SEVERE or WARNING.
 */
class OptionalModuleSwitchedOffTest {

    /** The optional modules, one run each, and one run with all of them off. */
    static final List<List<String>> SWITCHED_OFF = Stream.concat(
            OptionalModulesStandAloneTest.OPTIONAL.stream().map(List::of),
            Stream.of(OptionalModulesStandAloneTest.OPTIONAL)).toList();

    @TempDir
    static Path shared;

    private static Path agent;

    @TempDir
    Path folder;

    @BeforeAll
    static void packAgent() throws IOException {
        agent = shared.resolve("window-opener-agent.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", WindowOpenerAgent.class.getName());
        String folderName = WindowOpenerAgent.class.getPackageName().replace('.', '/');
        Path classes = Path.of(WindowOpenerAgent.class.getProtectionDomain().getCodeSource().getLocation().getPath(), folderName);
        try (OutputStream file = Files.newOutputStream(agent); JarOutputStream jar = new JarOutputStream(file, manifest);
                Stream<Path> compiled = Files.list(classes)) {
            for (Path type : compiled.filter(p -> p.getFileName().toString().startsWith(WindowOpenerAgent.class.getSimpleName())).toList()) {
                jar.putNextEntry(new JarEntry(folderName + "/" + type.getFileName()));
                Files.copy(type, jar);
                jar.closeEntry();
            }
        }
    }

    @ParameterizedTest(name = "switched off: {0}")
    @FieldSource("SWITCHED_OFF")
    void theRestOfTheStudioWorks(List<String> off) throws Exception {
        Path app = StudioLaunch.builtApplication();
        for (String module : off) {
            switchOff(app, folder.resolve("userdir"), module);
        }
        Path report = folder.resolve("windows.txt");
        try (StudioLaunch studio = StudioLaunch.start(app, folder, "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLog(StudioLaunch.READY);
            awaitDone(report, studio);
            Thread.sleep(1000);
            studio.quit();

            String log = Files.readString(studio.log());
            List<String> windows = Files.readAllLines(report);
            assertThat(windows).as("windows opened").filteredOn(line -> line.startsWith(WindowOpenerAgent.FAILED)).isEmpty();
            assertThat(windows).as("windows opened").anyMatch(line -> line.contains("org.sorastudio."));
            for (String module : off) {
                assertThat(log).as("modules turned on").doesNotContain("\t" + module + " [");
                assertThat(windows).as("windows opened").noneMatch(line -> line.contains(" " + module + "."));
            }
            OptionalModulesStandAloneTest.OPTIONAL.stream().filter(module -> !off.contains(module))
                    .forEach(module -> assertThat(log).as("modules turned on").contains("\t" + module + " ["));
            assertThat(studio.problems()).as("problems logged by %s", studio.log()).isEmpty();
        }
    }

    /** What Tools > Plugins writes when the user deactivates a module: its status with enabled=false. */
    private static void switchOff(Path app, Path userdir, String module) throws IOException {
        String status = "config/Modules/" + module.replace('.', '-') + ".xml";
        String enabled = Files.readString(app.resolve("sorastudio").resolve(status));
        assertThat(enabled).contains("<param name=\"enabled\">true</param>");
        Path target = userdir.resolve(status);
        Files.createDirectories(target.getParent());
        Files.writeString(target, enabled.replace("<param name=\"enabled\">true</param>", "<param name=\"enabled\">false</param>"));
    }

    private static void awaitDone(Path report, StudioLaunch studio) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isRegularFile(report) || !Files.readAllLines(report).contains(WindowOpenerAgent.DONE)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The windows did not all open within a minute; opened: "
                        + (Files.isRegularFile(report) ? Files.readString(report) : "none") + "; log: " + studio.logText());
            }
            Thread.sleep(200);
        }
    }
}
