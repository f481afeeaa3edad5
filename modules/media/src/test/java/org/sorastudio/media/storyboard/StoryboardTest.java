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
package org.sorastudio.media.storyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Project;
import org.sorastudio.media.probe.FrameRate;

class StoryboardTest {

    private final ClipItem intro = ClipItem.of(Path.of("/clips/intro.mp4")).withTrim(0.5, 3.25).withLabel("Intro");
    private final TitleCard title = new TitleCard("Part one\nThe beginning", 2.5, 48, "#FFEE00", "#102030", 0.75);
    private final ClipItem outro = ClipItem.of(Path.of("/clips/outro it's.mp4")).withCrossfadeSeconds(1);

    @Test
    void editsReturnNewStoryboards() {
        Storyboard storyboard = Storyboard.empty().add(intro).add(outro).insert(1, title);

        assertThat(storyboard.items()).containsExactly(intro, title, outro);
        assertThat(storyboard.move(2, 0).items()).containsExactly(outro, intro, title);
        assertThat(storyboard.move(0, 2).items()).containsExactly(title, outro, intro);
        assertThat(storyboard.remove(1).items()).containsExactly(intro, outro);
        assertThat(storyboard.replace(0, outro).items()).containsExactly(outro, title, outro);
        assertThat(storyboard.withCrossfades(0.5).items()).allSatisfy(
                item -> assertThat(item.crossfadeSeconds()).isEqualTo(0.5));
        assertThat(Storyboard.empty().items()).isEmpty();
        assertThatThrownBy(() -> storyboard.items().add(title)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void itemsNameThemselvesForMessagesAndLists() {
        assertThat(intro.displayName()).isEqualTo("clip \"Intro\" (intro.mp4)");
        assertThat(outro.displayName()).isEqualTo("clip \"outro it's.mp4\"");
        assertThat(title.displayName()).isEqualTo("title \"Part one\"");
        assertThat(intro.isTrimmed()).isTrue();
        assertThat(outro.isTrimmed()).isFalse();
    }

    @Test
    void jsonRoundTripsEveryField() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(intro, title, outro),
                new OutputFormat(720, 1280, new FrameRate(30000, 1001)));

        String json = StoryboardJson.toJson(storyboard);

        assertThat(json).contains("\"type\": \"clip\"", "\"type\": \"title\"", "\"frameRate\": \"30000/1001\"",
                "\"version\": 1");
        assertThat(StoryboardJson.fromJson(json)).isEqualTo(storyboard);
    }

    @Test
    void theStoryboardIsAProjectSection() throws Exception {
        Storyboard storyboard = Storyboard.empty().add(intro).add(title);
        Project project = Project.empty().withSection("queue", "{}");

        Project saved = StoryboardJson.intoProject(project, storyboard);

        assertThat(saved.sections()).containsKeys("queue", StoryboardJson.SECTION);
        assertThat(StoryboardJson.fromProject(saved)).isEqualTo(storyboard);
        assertThat(StoryboardJson.fromProject(project)).isEqualTo(Storyboard.empty());
    }

    @Test
    void missingFieldsTakeDefaults() throws Exception {
        Storyboard storyboard = StoryboardJson.fromJson("""
                {"items": [{"type": "clip", "file": "a.mp4"}, {"type": "title", "text": "Hi", "durationSeconds": 2,
                 "fontSize": 40}]}""");

        assertThat(storyboard.output()).isEqualTo(OutputFormat.HD_LANDSCAPE);
        assertThat(storyboard.items()).containsExactly(ClipItem.of(Path.of("a.mp4")),
                new TitleCard("Hi", 2, 40, TitleCard.DEFAULT_FOREGROUND, TitleCard.DEFAULT_BACKGROUND, 0));
    }

    @Test
    void brokenJsonSaysWhereAndWhat() {
        assertThat(failure("not json")).startsWith("storyboard: not valid JSON");
        assertThat(failure("[1, 2]")).isEqualTo("storyboard: expected a JSON object");
        assertThat(failure("{\"version\": 9}")).contains("format version 9 was written by a newer Sora Studio");
        assertThat(failure("{\"items\": [{\"type\": \"clip\", \"file\": \"a.mp4\"}, {\"type\": \"music\"}]}"))
                .isEqualTo("storyboard item 2: unknown type \"music\" (expected \"clip\" or \"title\")");
        assertThat(failure("{\"items\": [{\"type\": \"clip\"}]}")).isEqualTo("storyboard item 1: clip has no \"file\"");
        assertThat(failure("{\"output\": {\"width\": 640, \"height\": 360, \"frameRate\": \"29.97\"}}"))
                .isEqualTo("storyboard output: frame rate \"29.97\" is not N or N/D");
        assertThat(failure("{\"items\": [{\"type\": \"title\", \"durationSeconds\": \"long\"}]}"))
                .startsWith("storyboard item 1: ");
    }

    private static String failure(String json) {
        try {
            StoryboardJson.fromJson(json);
            throw new AssertionError("accepted " + json);
        } catch (StoryboardFormatException e) {
            return e.getMessage();
        }
    }
}
