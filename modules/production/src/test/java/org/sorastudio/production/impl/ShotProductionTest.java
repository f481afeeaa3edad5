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
package org.sorastudio.production.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.impl.DefaultProjectSession;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.production.api.ProductionPlaces;
import org.sorastudio.production.api.ReferencePreparation;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.production.api.ShotProduction.SendOutcome;
import org.sorastudio.templates.api.HistoryEntry;
import org.sorastudio.templates.api.PromptHistory;
import org.sorastudio.templates.impl.JsonPromptHistory;
import org.sorastudio.testing.TestPictures;

class ShotProductionTest {

    private static final Path PROJECT_FILE = Path.of("/films/trailer.sorastudio");
    private static final Settings NO_CLIP_FOLDER = Settings.defaults();
    private static final Settings WITH_CLIP_FOLDER = new Settings(null, null, "/videos", 2, 30, 60, null);

    @TempDir
    Path folder;

    private final ShotProduction production = new DefaultShotProduction();
    private DefaultProjectSession session;

    @AfterEach
    void stopSession() {
        if (session != null) {
            session.shutdown();
        }
    }

    @Test
    void aSavedProjectKeepsItsJournalBesideItAndItsClipsWhereItSays() {
        ProductionPlaces places = production.places(Optional.of(PROJECT_FILE), Project.empty(), NO_CLIP_FOLDER);

        assertThat(places.journal()).isEqualTo(Path.of("/films/trailer.sorastudio.queue.json"));
        assertThat(places.referencesFolder()).isEqualTo(Path.of("/films/trailer.sorastudio.queue.references"));
        assertThat(places.projectFolder()).contains(Path.of("/films"));
        assertThat(places.clipFolder()).isEqualTo(Path.of("/films/clips"));
        assertThat(production.places(Optional.of(PROJECT_FILE), Project.empty(), WITH_CLIP_FOLDER).clipFolder())
                .as("the settings' clip folder when the project names none").isEqualTo(Path.of("/videos"));
        Project withOwnFolder = new Project("Trailer", List.of(), "renders", java.util.Map.of());
        assertThat(production.places(Optional.of(PROJECT_FILE), withOwnFolder, WITH_CLIP_FOLDER).clipFolder())
                .as("the project's own folder, relative to the project, wins").isEqualTo(Path.of("/films/renders"));
    }

    @Test
    void aProjectNeverSavedWorksInTheUserDirectory() {
        ProductionPlaces places = production.places(Optional.empty(), null, NO_CLIP_FOLDER);

        assertThat(places.projectFolder()).isEmpty();
        assertThat(places.journal()).isEqualTo(StudioDirectories.userDirectory().resolve("unsaved-project.sorastudio.queue.json"));
        assertThat(places.clipFolder()).isEqualTo(StudioDirectories.userDirectory().resolve("clips"));
        assertThat(production.places(Optional.empty(), null, WITH_CLIP_FOLDER).clipFolder()).isEqualTo(Path.of("/videos"));
    }

    @Test
    void relativeReferencesAreResolvedAgainstTheProjectAndURLsAndAbsolutePathsStay() {
        ReferencePreparation references = production.references(
                production.places(Optional.of(PROJECT_FILE), Project.empty(), NO_CLIP_FOLDER));
        Shot shot = Shot.create("Waves").withReferenceImage("refs/frame.png");

        assertThat(references.resolved(shot).referenceImage()).isEqualTo(Path.of("/films/refs/frame.png").toString());
        assertThat(references.resolved(shot.withReferenceImage("https://example.com/a.png")).referenceImage())
                .isEqualTo("https://example.com/a.png");
        assertThat(references.resolved(shot.withReferenceImage("/abs/a.png")).referenceImage()).isEqualTo("/abs/a.png");
        assertThat(production.references(production.places(Optional.empty(), null, NO_CLIP_FOLDER)).resolved(shot)
                .referenceImage()).as("no project folder to resolve against").isEqualTo("refs/frame.png");
    }

    @Test
    void eachReferenceIsPreparedOnceBesideTheJournalAtTheShotsSize() throws Exception {
        Path projectFile = folder.resolve("film.sorastudio");
        TestPictures.halves(folder.resolve("refs"), "frame.png", 800, 600, "png");
        ProductionPlaces places = production.places(Optional.of(projectFile), Project.empty(), NO_CLIP_FOLDER);
        ReferencePreparation references = production.references(places);
        Shot shot = Shot.create("Waves").withSize("1280x720").withReferenceImage("refs/frame.png");

        ReferencePreparation.Prepared first = references.prepare(shot);
        ReferencePreparation.Prepared again = references.prepare(shot.withPrompt("Other waves"));

        Path prepared = Path.of(first.shot().referenceImage());
        assertThat(prepared.getParent()).isEqualTo(places.referencesFolder());
        assertThat(again.shot().referenceImage()).isEqualTo(first.shot().referenceImage());
        assertThat(again.reference()).containsSame(first.reference().orElseThrow());
        assertThat(first.reference().orElseThrow().width()).isEqualTo(1280);
        assertThat(first.reference().orElseThrow().height()).isEqualTo(720);
        assertThat(Files.size(prepared)).isPositive();
        assertThat(references.prepare(shot.withReferenceImage("https://example.com/a.png")).reference()).isEmpty();
    }

    @Test
    void aReferenceThatCannotBeUsedIsRefusedInWords() throws Exception {
        ReferencePreparation references = production.references(
                production.places(Optional.of(folder.resolve("film.sorastudio")), Project.empty(), NO_CLIP_FOLDER));

        assertThatThrownBy(() -> references.prepare(Shot.create("Waves").withReferenceImage("missing.png")))
                .isInstanceOf(ImageProblemException.class).hasMessageContaining("missing.png");
        TestPictures.halves(folder, "frame.png", 64, 64, "png");
        assertThatThrownBy(() -> references.prepare(Shot.create("Waves").withReferenceImage("frame.png").withReferenceFit("squash")))
                .isInstanceOf(ImageProblemException.class).hasMessageContaining("squash");
    }

    @Test
    void sendAddsTheShotsTheProjectLacksQueuesThemAllAndRecordsThePrompts() {
        session = new DefaultProjectSession(folder.resolve("autosave"), 3600);
        Shot held = Shot.create("A fox in snow");
        session.edit(project -> project.withShots(List.of(held)));
        RecordingQueue queue = new RecordingQueue();
        PromptHistory history = new JsonPromptHistory(folder.resolve("history.json"), Clock.systemUTC());
        Shot fresh = Shot.create("An owl at night");

        SendOutcome outcome = ShotProduction.using(Lookups.fixed(session, queue, history)).send(List.of(held, fresh));

        assertThat(outcome).isEqualTo(SendOutcome.QUEUED);
        assertThat(session.project().shots()).containsExactly(held, fresh);
        assertThat(queue.shots).containsExactly(held, fresh);
        assertThat(history.entries()).extracting(HistoryEntry::prompt).containsExactly("An owl at night", "A fox in snow");
    }

    @Test
    void withoutAQueueTheShotsStayInTheProjectAndDraftsAreNeverQueued() {
        session = new DefaultProjectSession(folder.resolve("autosave"), 3600);
        RecordingQueue queue = new RecordingQueue();
        Shot shot = Shot.create("A heron");

        assertThat(ShotProduction.using(Lookups.fixed(session)).send(List.of(shot))).isEqualTo(SendOutcome.NO_QUEUE);
        assertThat(ShotProduction.using(Lookups.fixed(session, queue)).keepAsDrafts(List.of(shot, Shot.create("A crane"))))
                .isEqualTo(SendOutcome.KEPT_AS_DRAFTS);
        assertThat(session.project().shots()).extracting(Shot::prompt).containsExactly("A heron", "A crane");
        assertThat(queue.shots).isEmpty();
        assertThat(ShotProduction.using(Lookups.fixed()).send(List.of(shot))).isEqualTo(SendOutcome.NO_PROJECT);
        assertThat(ShotProduction.using(Lookups.fixed(queue)).send(List.of(shot))).as("queued without a project")
                .isEqualTo(SendOutcome.QUEUED);
        assertThat(queue.shots).containsExactly(shot);
    }

    @Test
    void aLongBatchRecordsOnlyTheLastPromptsTheHistoryKeepsInSendingOrder() {
        List<Shot> shots = IntStream.range(0, 450).mapToObj(i -> Shot.create("prompt " + (i % 300))).toList();

        List<String> prompts = DefaultShotProduction.lastDistinctPrompts(shots);

        assertThat(prompts).hasSize(PromptHistory.LIMIT).doesNotHaveDuplicates();
        assertThat(prompts.get(prompts.size() - 1)).isEqualTo("prompt 149");
        assertThat(prompts.get(0)).isEqualTo("prompt 250");
    }

    @Test
    void theDefaultLookupHoldsTheProduction() {
        assertThat(org.openide.util.Lookup.getDefault().lookup(ShotProduction.class)).isInstanceOf(DefaultShotProduction.class);
    }

    /** A queue that keeps what it is given. */
    private static final class RecordingQueue implements GenerationQueue {

        final List<Shot> shots = new ArrayList<>();

        @Override
        public void enqueue(List<Shot> more) {
            shots.addAll(more);
        }
    }
}
