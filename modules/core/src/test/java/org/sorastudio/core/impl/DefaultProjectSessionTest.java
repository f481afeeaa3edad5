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
package org.sorastudio.core.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectSession.Recovery;

class DefaultProjectSessionTest {

    @TempDir
    Path folder;

    private DefaultProjectSession session;

    private DefaultProjectSession newSession() {
        session = new DefaultProjectSession(folder.resolve("autosave"), 0);
        return session;
    }

    @AfterEach
    void shutdown() {
        if (session != null) {
            session.shutdown();
        }
    }

    @Test
    void editsMarkDirtyAndNotifyListeners() {
        DefaultProjectSession s = newSession();
        AtomicInteger heard = new AtomicInteger();
        s.addListener(x -> heard.incrementAndGet());

        s.edit(p -> p.withShots(List.of(Shot.create("A kite"))));

        assertThat(s.isDirty()).isTrue();
        assertThat(heard).hasValue(1);
        s.edit(p -> p);
        assertThat(heard).as("an edit that changes nothing is not news").hasValue(1);
    }

    @Test
    void unsavedWorkIsRecoveredByTheNextSession() throws Exception {
        DefaultProjectSession first = newSession();
        first.saveAs(folder.resolve("film.sorastudio"));
        first.edit(p -> p.withShots(List.of(Shot.create("Unsaved shot"))));
        first.autosave();
        first.shutdown();

        DefaultProjectSession second = newSession();
        Recovery recovery = second.pendingRecovery().orElseThrow();
        assertThat(recovery.originalFile()).isEqualTo(folder.resolve("film.sorastudio").toAbsolutePath());
        second.restore(recovery);

        assertThat(second.project().shots()).extracting(Shot::prompt).containsExactly("Unsaved shot");
        assertThat(second.isDirty()).isTrue();
        assertThat(second.file()).contains(folder.resolve("film.sorastudio").toAbsolutePath());
    }

    @Test
    void savingRemovesTheRecoveryFile() throws Exception {
        DefaultProjectSession s = newSession();
        s.edit(p -> p.withName("Draft"));
        s.autosave();
        assertThat(s.pendingRecovery()).isPresent();

        s.saveAs(folder.resolve("draft.sorastudio"));

        assertThat(s.project().name()).as("a named project keeps its name").isEqualTo("Draft");
        assertThat(s.isDirty()).isFalse();
        assertThat(s.pendingRecovery()).isEmpty();
    }

    @Test
    void autosaveRunsShortlyAfterAChange() throws Exception {
        DefaultProjectSession s = newSession();
        s.edit(p -> p.withName("Typed a moment ago"));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (s.pendingRecovery().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(s.pendingRecovery()).get().extracting(r -> r.project().name()).isEqualTo("Typed a moment ago");
    }

    @Test
    void openingABrokenFileLeavesTheCurrentProjectAlone() throws Exception {
        DefaultProjectSession s = newSession();
        s.edit(p -> p.withName("Keep me"));
        Path broken = Files.writeString(folder.resolve("broken.sorastudio"), "{\"schemaVersion\":1,");

        assertThatThrownBy(() -> s.open(broken)).isInstanceOf(DataFileException.class);
        assertThat(s.project().name()).isEqualTo("Keep me");
    }

    @Test
    void anUntitledProjectIsNamedAfterItsFile() throws Exception {
        DefaultProjectSession s = newSession();
        s.edit(p -> p.withShots(List.of(Shot.create("Boats"))));
        s.saveAs(folder.resolve("paper boats.sorastudio"));
        assertThat(s.project().name()).isEqualTo("paper boats");
        assertThat(s.isDirty()).isFalse();
    }

    @Test
    void saveWithoutAFileAsksForSaveAs() {
        assertThatThrownBy(() -> newSession().save()).isInstanceOf(IllegalStateException.class);
    }
}
