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
package org.sorastudio.storyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Project;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.StoryboardJson;
import org.sorastudio.media.storyboard.TitleCard;

/** An extension or edit lands right after its source in the project's storyboard, once, and only when the source is there. */
class StoryboardChainTest {

    private static final Path SOURCE = Path.of("/clips/boat.mp4");
    private static final Path EXTENDED = Path.of("/clips/boat-extended.mp4");

    @Test
    void theNewClipFollowsItsSourceOnceAndNothingChangesWithoutTheSource() throws Exception {
        Storyboard board = Storyboard.empty().add(TitleCard.of("Act one", 2)).add(ClipItem.of(SOURCE))
                .add(ClipItem.of(Path.of("/clips/other.mp4")));
        Project project = StoryboardJson.intoProject(Project.empty(), board);

        Project placed = StoryboardChain.withSuccessor(project, SOURCE, EXTENDED);
        Project again = StoryboardChain.withSuccessor(placed, SOURCE, EXTENDED);
        Project elsewhere = StoryboardChain.withSuccessor(project, Path.of("/clips/unknown.mp4"), EXTENDED);

        assertThat(files(placed)).containsExactly(null, SOURCE, EXTENDED, Path.of("/clips/other.mp4"));
        assertThat(again).as("a repeated announcement changes nothing").isSameAs(placed);
        assertThat(elsewhere).isSameAs(project);
    }

    private static List<Path> files(Project project) throws Exception {
        return StoryboardJson.fromProject(project).items().stream()
                .map((StoryboardItem item) -> item instanceof ClipItem clip ? clip.file() : null).toList();
    }
}
