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
package org.sorastudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.impl.BuiltInModelCatalog;

class ShotValidatorTest {

    private final ShotValidator validator = new ShotValidator(new BuiltInModelCatalog());

    @Test
    void aDefaultShotWithAPromptIsValid() {
        assertThat(validator.validate(Shot.create("A fox in snow"))).isEmpty();
    }

    @Test
    void emptyPromptIsBlocking() {
        var problems = validator.validate(Shot.create("  "));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ShotProblem.FIELD_PROMPT);
            assertThat(p.blocking()).isTrue();
        });
    }

    @Test
    void sizeTheModelDoesNotRenderSaysWhichItDoes() {
        var problems = validator.validate(Shot.create("x").withModel("sora-2").withSize("1792x1024"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ShotProblem.FIELD_SIZE);
            assertThat(p.message()).contains("sora-2 does not render 1792x1024").contains("1280x720");
        });
        assertThat(validator.validate(Shot.create("x").withModel("sora-2-pro").withSize("1792x1024"))).isEmpty();
    }

    @Test
    void secondsOutsideTheModelsChoicesAreBlocking() {
        var problems = validator.validate(Shot.create("x").withSeconds(5));
        assertThat(problems).extracting(ShotProblem::field).containsExactly(ShotProblem.FIELD_SECONDS);
        assertThat(ShotValidator.isBlocking(problems)).isTrue();
    }

    @Test
    void unknownModelIsOnlyAWarning() {
        var problems = validator.validate(Shot.create("x").withModel("veo-3").withSize("1920x1080").withSeconds(6));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.blocking()).isFalse());
    }

    @Test
    void malformedSizeAndMissingReferenceImage(@TempDir Path folder) throws Exception {
        var problems = validator.validate(Shot.create("x").withSize("big").withReferenceImage(folder.resolve("nope.png").toString()));
        assertThat(problems).extracting(ShotProblem::field).containsExactlyInAnyOrder(ShotProblem.FIELD_SIZE, ShotProblem.FIELD_REFERENCE);
        Path image = Files.write(folder.resolve("ref.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertThat(validator.validate(Shot.create("x").withReferenceImage(image.toString()))).isEmpty();
        Path text = Files.writeString(folder.resolve("notes.png"), "not an image");
        assertThat(validator.validate(Shot.create("x").withReferenceImage(text.toString()))).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("is not a JPEG, PNG or WebP image (the formats the API takes)."));
    }

    @Test
    void aModelWithAShutdownDateIsAWarningThatSaysWhen() {
        ModelCatalog retiring = () -> List.of(new ModelSpec("sora-2", List.of("1280x720"), List.of(4), 0.1, "2026-09-24"));
        Clock before = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

        assertThat(new ShotValidator(retiring, before).validate(Shot.create("x"))).singleElement()
                .satisfies(p -> assertThat(p.blocking()).isFalse())
                .extracting(ShotProblem::message).asString().contains("shuts it down on 2026-09-24");
        assertThat(new ShotValidator(retiring, after).validate(Shot.create("x"))).singleElement()
                .extracting(ShotProblem::message).asString().contains("was shut down by its provider on 2026-09-24");
    }

    @Test
    void aRemixNeedsAVideoIdAndNoReferenceImageButIgnoresTheModelsChoices() {
        Shot remix = Shot.create("Same scene, but at night").withSize("1792x1024").withRemixOf("video_68d7512d07848190");
        assertThat(validator.validate(remix)).as("the source video decides size and length").isEmpty();
        assertThat(remix.remixOf()).contains("video_68d7512d07848190");

        assertThat(validator.validate(remix.withRemixOf("not an id!"))).extracting(ShotProblem::field)
                .containsExactly(ShotProblem.FIELD_REMIX);
        assertThat(validator.validate(remix.withReferenceImage("/tmp/x.png"))).extracting(ShotProblem::field)
                .containsExactly(ShotProblem.FIELD_REFERENCE);
        assertThat(remix.withRemixOf(" ").remixOf()).isEmpty();
    }

    @Test
    void tooLongPromptIsBlocking() {
        assertThat(validator.validate(Shot.create("a".repeat(ShotValidator.MAX_PROMPT_LENGTH + 1))))
                .singleElement().satisfies(p -> assertThat(p.message()).containsPattern("at most 32.?000"));
    }
}
