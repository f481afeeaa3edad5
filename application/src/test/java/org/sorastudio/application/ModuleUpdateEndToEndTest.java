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
package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built studio takes a module update from an update center over HTTP, the way a user's studio
 * does: the platform's autoupdate finds it, downloads it, checks its digest and signature, and
 * installs it ({@code sorastudio --update-modules}); after a restart the newer version runs. A
 * damaged module, one signed by another key, and an update center that is not there are refused
 * with a message that says so, and nothing is installed.
 */
class ModuleUpdateEndToEndTest {

    private static final String MODULE = "org.sorastudio.templates.ui";
    private static final String NBM = "templates-ui-1.0-SNAPSHOT.nbm";
    private static final String INSTALLED_JAR = "modules/org-sorastudio-templates-ui.jar";
    private static final String NEWER = "1.1";
    private static final Pattern TOOK = Pattern.compile("installed in (\\d+) ms");

    @TempDir
    Path folder;

    private UpdateSite site;

    @BeforeEach
    void copySite() throws IOException {
        site = UpdateSite.copyOfBuiltSite(folder.resolve("site"));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void installsASignedNewerModuleThatRunsAfterARestart() throws Exception {
        site.release(NBM, NEWER, publisherKeystore(), System.getProperty("sorastudio.keystore.alias"),
                System.getProperty("sorastudio.keystore.password"));
        Path studioFolder = folder.resolve("studio");
        useUpdateCenter(studioFolder, site.catalog());

        try (StudioLaunch update = StudioLaunch.start(StudioLaunch.builtApplication(), studioFolder, "--update-modules")) {
            assertThat(update.awaitExit()).as("exit code; it printed: %s", update.console()).isZero();
            assertThat(update.console())
                    .contains("Update found: Sora Studio Templates UI 1.0 → 1.1", "Installed: Sora Studio Templates UI");
            Matcher took = TOOK.matcher(update.console());
            assertThat(took.find()).as("the time it took, in: %s", update.console()).isTrue();
            // A figure for the release notes, not a limit: the whole of find-to-installed for one module.
            System.out.println("RESULT update_found_to_installed_ms=" + took.group(1));
            assertThat(update.problems()).as("problems logged by %s", update.log()).isEmpty();
        }
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), studioFolder)) {
            studio.awaitLog(StudioLaunch.READY);
            studio.quit();
            assertThat(studio.logText()).contains("\t" + MODULE + " [" + NEWER + " ");
            assertThat(studio.problems()).as("problems logged by %s", studio.log()).isEmpty();
        }
    }

    @Test
    void refusesAModuleThatWasChangedOnItsWay() throws Exception {
        site.release(NBM, NEWER, publisherKeystore(), System.getProperty("sorastudio.keystore.alias"),
                System.getProperty("sorastudio.keystore.password"));
        site.damage(NBM);
        assertRefused("Nothing was installed: Sora Studio Templates UI differs from what the update center announced: "
                + "it was modified or damaged on its way.");
    }

    @Test
    void refusesAModuleSignedByAnotherPublisher() throws Exception {
        Path foreign = folder.resolve("foreign.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-storetype", "PKCS12",
                "-dname", "CN=Somebody else", "-alias", "other", "-storepass", "other-password", "-keystore", foreign.toString())
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0)
                .as("keytool: %s", new String(keytool.getInputStream().readAllBytes())).isTrue();
        site.release(NBM, NEWER, foreign, "other", "other-password");
        assertRefused("Nothing was installed: Sora Studio Templates UI is signed by a publisher this studio does not trust.");
    }

    @Test
    void saysOnceThatAnUnreachableUpdateCenterCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/updates.xml");
        Path studioFolder = folder.resolve("studio");
        useUpdateCenter(studioFolder, nowhere);
        try (StudioLaunch update = StudioLaunch.start(StudioLaunch.builtApplication(), studioFolder, "--update-modules")) {
            assertThat(update.awaitExit()).as("exit code; it printed: %s", update.console()).isEqualTo(3);
            assertThat(update.console()).containsOnlyOnce("cannot be reached at " + nowhere);
            assertThat(update.problems()).as("problems logged by %s", update.log()).isEmpty();
        }
    }

    /** Runs the update against the site, and checks the outcome: exit code 3, {@code message}, nothing installed. */
    private void assertRefused(String message) throws Exception {
        Path studioFolder = folder.resolve("studio");
        useUpdateCenter(studioFolder, site.catalog());
        try (StudioLaunch update = StudioLaunch.start(StudioLaunch.builtApplication(), studioFolder, "--update-modules")) {
            assertThat(update.awaitExit()).as("exit code; it printed: %s", update.console()).isEqualTo(3);
            assertThat(update.console()).as("what it printed; its log: %s", update.logText())
                    .containsOnlyOnce(message).doesNotContain("Installed:");
            assertThat(update.userdir().resolve(INSTALLED_JAR)).doesNotExist();
            try (var staged = Files.walk(update.userdir())) {
                assertThat(staged.filter(file -> file.toString().endsWith(".nbm")).toList()).as("downloads left behind").isEmpty();
            }
        }
    }

    /** What Tools > Plugins > Settings writes when the user edits the update center's URL. */
    private static void useUpdateCenter(Path studioFolder, URI catalog) throws IOException {
        Path settings = studioFolder.resolve(
                "userdir/config/Preferences/org/netbeans/modules/autoupdate/org_sorastudio_updates.properties");
        Files.createDirectories(settings.getParent());
        Files.write(settings, List.of("url=" + catalog));
    }

    private static Path publisherKeystore() {
        return Path.of(System.getProperty("sorastudio.keystore"));
    }
}
