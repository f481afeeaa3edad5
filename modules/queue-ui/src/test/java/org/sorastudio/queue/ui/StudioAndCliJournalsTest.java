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
package org.sorastudio.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.testing.TestPictures;

/**
 * The "the studio and the CLI produce the same journal for the same project": one project, copied into two
 * folders; the studio sends its shots (the Shot editor's path: {@link ShotProduction#send} to {@link QueueService}) and the
 * real CLI runs the other copy ({@code sorastudio-cli run --simulator}, its own JVM). Both talk HTTP to a simulator.
 * Their journals hold the same jobs with the same specs, the same prepared reference image, and the clips land in
 * the settings' clip folder, since the project names none.
 */
class StudioAndCliJournalsTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    @Test
    void theStudioAndTheCliMakeTheSameJournalForTheSameProject() throws Exception {
        Path studioProject = project(folder.resolve("studio"));
        Path cliProject = project(folder.resolve("cli"));
        Path studioClips = folder.resolve("studio-clips");
        Path cliClips = folder.resolve("cli-clips");

        sendFromTheStudio(studioProject, studioClips);
        runTheCli(cliProject, cliClips);

        List<Map<String, String>> studioJobs = jobs(studioProject);
        List<Map<String, String>> cliJobs = jobs(cliProject);
        assertThat(studioJobs).hasSize(2).isEqualTo(cliJobs);
        assertThat(studioJobs.get(0).get("referenceImage")).startsWith("film.sorastudio.queue.references/");
        assertThat(studioJobs.get(1).get("referenceImage")).isNull();
        assertThat(studioProject.resolveSibling(studioJobs.get(0).get("referenceImage")))
                .hasSameBinaryContentAs(cliProject.resolveSibling(cliJobs.get(0).get("referenceImage")));
        assertThat(clips(studioClips)).hasSize(2);
        assertThat(clips(cliClips)).hasSize(2);
        assertThat(studioProject.resolveSibling("clips")).doesNotExist();
        assertThat(cliProject.resolveSibling("clips")).doesNotExist();
    }

    /** A saved project naming no clip folder: one shot with a reference image relative to it, one without. */
    private static Path project(Path dir) throws IOException {
        TestPictures.halves(dir.resolve("refs"), "frame.png", 640, 480, "png");
        Shot withReference = new Shot("shot-lighthouse", "A lighthouse at dusk, slow push in", "sora-2", "1280x720", 4,
                "refs/frame.png", Map.of()).withReferenceFit("letterbox");
        Shot plain = new Shot("shot-waves", "Waves breaking on black rocks", "sora-2", "720x1280", 4, null, Map.of());
        Path file = dir.resolve("film.sorastudio");
        new ProjectFormat().write(Project.empty().withShots(List.of(withReference, plain)), file);
        return file;
    }

    /**
     * What Generate does: the open project's shots through the production service to a studio queue service (a new
     * one, stopped at the end, so no queue of this test stays open for the next).
     */
    private static void sendFromTheStudio(Path projectFile, Path clips) throws Exception {
        SettingsStore settings = Lookup.getDefault().lookup(SettingsStore.class);
        ProjectSession session = Lookup.getDefault().lookup(ProjectSession.class);
        Settings before = settings.get();
        QueueService queue = new QueueService();
        try {
            settings.update(withClipFolder(before, clips));
            session.open(projectFile);
            ShotProduction production = ShotProduction.using(Lookups.fixed(session, queue, settings));
            assertThat(production.send(session.project().shots())).isEqualTo(ShotProduction.SendOutcome.QUEUED);
            awaitCompleted(projectFile);
        } finally {
            session.newProject();
            settings.update(before);
            // the service follows the session on its own thread: stop it once it has, or a late follow would reopen
            Path unsaved = queue.journal().orElseThrow();
            awaitTrue("the queue follows the new project", () -> queue.current().map(q -> q.journal().equals(unsaved)).orElse(true));
            queue.stop(true);
        }
    }

    /** {@code sorastudio-cli run PROJECT --simulator} in its own JVM, with its own user directory and settings. */
    private void runTheCli(Path projectFile, Path clips) throws Exception {
        Path userDir = folder.resolve("cli-userdir");
        new SettingsStore(userDir.resolve(SettingsStore.FILE_NAME)).update(withClipFolder(Settings.defaults(), clips));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = folder.resolve("cli.out");
        Process cli = new ProcessBuilder(java, "-cp", classPath, "-Djava.awt.headless=true", "-Dsorastudio.userdir=" + userDir,
                "org.sorastudio.cli.Main", "run", projectFile.toString(), "--simulator", "--quiet")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = cli.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            cli.destroyForcibly();
        }
        assertThat(ended).as("the CLI ends within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(cli.exitValue()).as("the CLI's exit code; it said: %s", Files.readString(out)).isZero();
    }

    private static Settings withClipFolder(Settings settings, Path clips) {
        return settings.withOutputDirectory(clips.toString());
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void awaitCompleted(Path projectFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        Path journal = projectFile.resolveSibling(projectFile.getFileName() + ".queue.json");
        while (!(Files.exists(journal) && states(journal).equals(List.of("COMPLETED", "COMPLETED")))) {
            assertThat(System.nanoTime()).as("waiting for the studio's jobs in %s", journal).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static List<String> states(Path journal) throws Exception {
        List<String> states = new ArrayList<>();
        jobObjects(JsonDataFile.read(journal), job -> states.add(job.get("state").getAsString()));
        return states;
    }

    /** Each job's spec, by shot id, with the reference image relative to the project's folder (the copies differ). */
    private static List<Map<String, String>> jobs(Path projectFile) throws Exception {
        Path journal = projectFile.resolveSibling(projectFile.getFileName() + ".queue.json");
        List<Map<String, String>> jobs = new ArrayList<>();
        jobObjects(JsonDataFile.read(journal), job -> {
            Map<String, String> spec = new LinkedHashMap<>();
            job.getAsJsonObject("spec").entrySet().forEach(field -> spec.put(field.getKey(),
                    field.getValue().isJsonNull() ? null : field.getValue().getAsString()));
            String reference = spec.get("referenceImage");
            if (reference != null) {
                spec.put("referenceImage", projectFile.getParent().relativize(Path.of(reference)).toString().replace('\\', '/'));
            }
            spec.put("state", job.get("state").getAsString());
            jobs.add(spec);
        });
        jobs.sort(Comparator.comparing(job -> job.get("shotId")));
        return jobs;
    }

    /** Every object in the journal that is a job (it has a spec), wherever the journal keeps them. */
    private static void jobObjects(JsonElement element, java.util.function.Consumer<JsonObject> job) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> jobObjects(child, job));
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("spec") && object.get("spec").isJsonObject()) {
                job.accept(object);
            } else {
                object.entrySet().forEach(field -> jobObjects(field.getValue(), job));
            }
        }
    }

    private static List<Path> clips(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".mp4")).toList();
        }
    }
}
