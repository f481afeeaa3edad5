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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.testing.RecordingGateway;

/**
 * {@code --profile} over HTTP with the studio's profiles and the headless key store, and the {@code profile} commands:
 * list, export without secrets, import into another user directory, a key given on standard input.
 */
class ProfileCommandTest {

    private static final String FILE_KEY = "sk-test-gateway-from-file";
    private static final String HEADER_VALUE = "gw-header-secret-91c2";

    @TempDir
    Path dir;

    private void studioSettings(Path userDir, String baseUrl) throws Exception {
        Files.createDirectories(userDir);
        Files.writeString(userDir.resolve("config.json"), "{\"activeProfile\": \"Offline simulator\", \"profiles\": ["
                + "{\"name\": \"gateway\", \"baseUrl\": \"" + baseUrl + "\", \"organizationId\": \"org-gw\", "
                + "\"extraHeaderNames\": [\"x-gateway-key\"], \"tuning\": {\"parallelJobs\": 1, \"retries\": 0, "
                + "\"baseDelayMillis\": 500, \"maxDelayMillis\": 8000, \"jitterPercent\": 100}},"
                + "{\"name\": \"Personal\", \"baseUrl\": \"https://api.openai.com/v1\"}]}");
    }

    private void keyInFile(Path userDir) throws Exception {
        Path file = userDir.resolve("credentials.properties");
        Files.writeString(file, "sorastudio.profile.gateway.apiKey=" + FILE_KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aProfilesGatewayGetsItsBaseUrlTheKeyFromTheFileAndItsHeaderFromTheEnvironment() throws Exception {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            studioSettings(dir.resolve("userdir"), gateway.baseUrl().toString());
            keyInFile(dir.resolve("userdir"));

            CliProcess.Result result = new CliProcess(dir).apiKey("sk-not-this-one")
                    .env("SORA_STUDIO_HEADER_GATEWAY_X_GATEWAY_KEY", HEADER_VALUE)
                    .run("shot", "--prompt", "A lighthouse", "--profile", "gateway", "--output", "out", "--max-wait", "20s");

            assertThat(gateway.requests()).as(result.toString()).extracting(RecordingGateway.Request::path)
                    .contains("/v1/models", "/v1/videos");
            assertThat(gateway.requests()).allSatisfy(request -> {
                assertThat(request.path()).startsWith("/v1/");
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + FILE_KEY);
                assertThat(request.header("x-gateway-key")).isEqualTo(HEADER_VALUE);
                assertThat(request.header("OpenAI-Organization")).isEqualTo("org-gw");
            });
            assertThat(result.exitCode()).as("the gateway refuses the create: the job fails").isEqualTo(ExitCode.JOBS_FAILED);
        }
    }

    @Test
    void aProfileWithoutAKeyExitsFiveSayingHowToGiveItOneAndSendsNothing() throws Exception {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            studioSettings(dir.resolve("userdir"), gateway.baseUrl().toString());

            CliProcess.Result result = new CliProcess(dir).run("shot", "--prompt", "A lighthouse", "--profile", "gateway");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(result.stderr()).contains("profile \"gateway\" has no API key", "sorastudio-cli profile key gateway",
                    "SORA_STUDIO_KEY_GATEWAY", dir.resolve("userdir/credentials.properties").toString(), "chmod 600");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void aKeyGivenOnStandardInputIsKeptOwnerOnlyAndUsed() throws Exception {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            Path userDir = dir.resolve("userdir");
            studioSettings(userDir, gateway.baseUrl().toString());
            Path keyFile = Files.writeString(dir.resolve("key.txt"), "sk-typed-in-4242\n");

            CliProcess.Result kept = new CliProcess(dir).input(keyFile).run("profile", "key", "gateway");
            CliProcess.Result listed = new CliProcess(dir).run("profile", "list");
            new CliProcess(dir).run("character", "get", "char_1", "--profile", "gateway");

            assertThat(kept.exitCode()).as(kept.toString()).isZero();
            Path credentials = userDir.resolve("credentials.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            assertThat(listed.lines()).containsExactly("Offline simulator\tembedded\tkey\tactive",
                    "gateway\t" + gateway.baseUrl() + "\tkey", "Personal\thttps://api.openai.com/v1\tno key");
            assertThat(gateway.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer sk-typed-in-4242"));
        }
    }

    @Test
    void exportedProfilesHoldNoSecretAndImportElsewhereSayingWhichNeedAKey() throws Exception {
        Path userDir = dir.resolve("userdir");
        studioSettings(userDir, "https://gw.example.com/v1");
        keyInFile(userDir);
        Path exported = dir.resolve("team-profiles.json");

        CliProcess.Result export = new CliProcess(dir).env("SORA_STUDIO_HEADER_GATEWAY_X_GATEWAY_KEY", HEADER_VALUE)
                .run("profile", "export", exported.toString(), "gateway");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.stdout()).contains("exported 1 profile to " + exported, "\"gateway\"");
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\": \"sorastudio-profiles\"", "x-gateway-key", "https://gw.example.com/v1")
                .doesNotContain(FILE_KEY).doesNotContain(HEADER_VALUE).doesNotContain("Personal");

        Path other = dir.resolve("colleague");
        Files.createDirectories(other.resolve("userdir"));
        Files.writeString(other.resolve("userdir/config.json"), "{\"profiles\": [{\"name\": \"gateway\", \"baseUrl\": "
                + "\"https://mine.example/v1\"}]}");
        CliProcess colleague = new CliProcess(other);
        CliProcess.Result imported = colleague.run("profile", "import", exported.toString());
        CliProcess.Result again = colleague.run("profile", "import", exported.toString());
        CliProcess.Result listed = colleague.run("profile", "list");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.stdout()).contains("imported \"gateway\" as \"gateway (2)\" (that name was taken)",
                "needs a key: profile \"gateway (2)\" has no API key", "needs a value for its header x-gateway-key",
                "SORA_STUDIO_HEADER_GATEWAY__2__X_GATEWAY_KEY");
        assertThat(again.stdout()).contains("unchanged \"gateway\" (already there)").doesNotContain("imported");
        assertThat(listed.lines()).contains("gateway\thttps://mine.example/v1\tno key", "gateway (2)\thttps://gw.example.com/v1\tno key");
    }

    @Test
    void aBrokenOrNewerFileIsRefusedWithExitThreeAndChangesNothing() throws Exception {
        Path userDir = dir.resolve("userdir");
        studioSettings(userDir, "https://gw.example.com/v1");
        String before = Files.readString(userDir.resolve("config.json"));
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\": \"sorastudio-profiles\", \"version\": 9, \"profiles\": []}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"sorastudio-profiles\", \"version\": 1, ");

        CliProcess.Result fromNewer = new CliProcess(dir).run("profile", "import", newer.toString());
        CliProcess.Result fromBroken = new CliProcess(dir).run("profile", "import", broken.toString());
        CliProcess.Result unknown = new CliProcess(dir).run("profile", "export", dir.resolve("x.json").toString(), "Nobody");

        assertThat(fromNewer.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(fromNewer.stderr()).contains("written by a newer Sora Studio (format version 9; this one reads up to 1)",
                "nothing was imported");
        assertThat(fromBroken.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(fromBroken.stderr()).contains(broken.toString(), "nothing was imported");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.stderr()).contains("there is no profile \"Nobody\"", "\"gateway\", \"Personal\"");
        assertThat(Files.readString(userDir.resolve("config.json"))).isEqualTo(before);
    }
}
