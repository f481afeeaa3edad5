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

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sorastudio.core.model.Shot;
import org.sorastudio.testing.TestPictures;

/**
 * Reference images of any size through the CLI against the simulator, which refuses a reference whose size is not
 * the shot's: a job that completes proves the prepared image was sent.
 */
class ReferenceImageCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    private CliProcess cli() {
        return new CliProcess(dir).apiKey(SimulatorFixture.KEY);
    }

    @Test
    void aFourByThreePhotoLetterboxedOntoASixteenByNineShotCompletesAndResumesWithTheSameUpload() throws Exception {
        Path photo = TestPictures.photo(dir.resolve("photo.jpg"), 1600, 1200, 1);
        String[] args = {"shot", "--prompt", "A harbour at dusk", "--size", "1280x720", "--reference", photo.toString(),
            "--fit", "letterbox", "--base-url", simulator.baseUrl().toString(), "--output", "out"};

        CliProcess.Result first = cli().run(args);
        List<Path> prepared = preparedFiles(dir.resolve("out"));
        byte[] uploaded = Files.readAllBytes(prepared.get(0));
        CliProcess.Result again = cli().run(args);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("done: 1 completed, 0 failed");
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        assertThat(prepared).singleElement().satisfies(file -> {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(image.getHeight()).isEqualTo(720);
            assertThat(new java.awt.Color(image.getRGB(5, 360)).getRed()).as("the letterbox's black bar").isLessThan(8);
        });
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("1 jobs from an earlier run");
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        assertThat(preparedFiles(dir.resolve("out"))).containsExactlyElementsOf(prepared);
        assertThat(Files.readAllBytes(prepared.get(0))).isEqualTo(uploaded);
    }

    @Test
    void aCsvBatchOfTwentyRowsWithTwentyImagesRelativeToTheCsvCompletes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        List<String> lines = new ArrayList<>(List.of("animal,place,image,fit"));
        String[] fits = {"crop", "letterbox", "resize", "letterbox:blur", ""};
        for (int i = 1; i <= 20; i++) {
            String format = i % 3 == 0 ? "png" : i % 3 == 1 ? "jpeg" : "bmp";
            String name = "images/picture-" + i + "." + (format.equals("jpeg") ? "jpg" : format);
            TestPictures.halves(folder, name, 300 + 40 * i, 200 + 17 * i, format);
            lines.add("animal " + i + ",place " + i + "," + name + "," + fits[i % fits.length]);
        }
        Path csv = TestInputs.csv(folder, "rows.csv", lines.toArray(String[]::new));

        CliProcess.Result result = cli().run("batch", "--template", TestInputs.template(dir).toString(), "--csv",
                csv.toString(), "--base-url", simulator.baseUrl().toString(), "--output", "clips", "--quiet");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(20);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("clips"))).hasSize(20);
        assertThat(preparedFiles(dir.resolve("clips"))).hasSize(20);
    }

    @Test
    void aProjectsRelativeReferenceResolvesAgainstTheProjectFolder() throws Exception {
        TestPictures.halves(dir, "refs/still.png", 640, 480, "png");
        Shot shot = TestInputs.shot("s1", "A quiet street").withReferenceImage("refs/still.png").withReferenceFit("crop@0.2,0.5");
        Path project = TestInputs.project(dir, List.of(shot));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        CliProcess.Result result = new CliProcess(elsewhere).apiKey(SimulatorFixture.KEY).run("run", project.toString(),
                "--base-url", simulator.baseUrl().toString(), "--quiet");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        assertThat(dir.resolve("film.sorastudio.queue.references")).isDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "bomb", "empty", "text", "animated", "missing", "folder"})
    void aBadImageIsAClearMessageWithExitThreeAndNothingSent(String kind) throws Exception {
        Path image = badImage(kind);

        CliProcess.Result result = cli().run("shot", "--prompt", "A fox", "--reference", image.toString(),
                "--base-url", simulator.baseUrl().toString(), "--output", "out");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.stderr()).contains("The reference image " + image).doesNotContain("Exception", "\tat ");
        assertThat(result.stderr()).contains(switch (kind) {
            case "truncated" -> "is damaged or truncated";
            case "bomb" -> "is 30,000 x 30,000 pixels";
            case "empty" -> "is empty (0 bytes)";
            case "text" -> "is not an image Sora Studio can read";
            case "animated" -> "is animated";
            case "missing" -> "does not exist";
            default -> "is a folder";
        });
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void oneDamagedImageInABatchStopsItBeforeAnythingIsSent() throws Exception {
        TestPictures.halves(dir, "good.jpg", 640, 480, "jpeg");
        TestPictures.truncated(TestPictures.halves(dir, "whole.jpg", 640, 480, "jpeg"), dir.resolve("broken.jpg"));
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place,image", "fox,forest,good.jpg", "owl,night,broken.jpg");

        CliProcess.Result result = cli().run("batch", "--template", TestInputs.template(dir).toString(), "--csv",
                csv.toString(), "--fit", "letterbox", "--base-url", simulator.baseUrl().toString(), "--output", "clips");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.stderr()).contains("error: rows.csv line 3 (reference): The reference image "
                + dir.resolve("broken.jpg") + " is damaged or truncated");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void anUnknownFitIsAUsageError() throws Exception {
        Path photo = TestPictures.halves(dir, "photo.png", 64, 48, "png");

        CliProcess.Result result = cli().run("shot", "--prompt", "A fox", "--reference", photo.toString(), "--fit", "zoom",
                "--base-url", simulator.baseUrl().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("--fit: \"zoom\" is not a fit; use resize, crop");
        assertThat(simulator.requestCount()).isZero();
    }

    private Path badImage(String kind) throws Exception {
        return switch (kind) {
            case "truncated" -> TestPictures.truncated(TestPictures.halves(dir, "whole.jpg", 800, 600, "jpeg"),
                    dir.resolve("broken.jpg"));
            case "bomb" -> TestPictures.bomb(dir, 30_000, 30_000);
            case "empty" -> Files.createFile(dir.resolve("empty.png"));
            case "text" -> Files.writeString(dir.resolve("notes.jpg"), "not a picture");
            case "animated" -> TestPictures.animatedGif(dir.resolve("moving.gif"));
            case "missing" -> dir.resolve("nowhere.png");
            default -> Files.createDirectories(dir.resolve("pictures.png"));
        };
    }

    private static List<Path> preparedFiles(Path output) throws Exception {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.getParent().getFileName().toString().endsWith(".queue.references")).sorted().toList();
        }
    }
}
