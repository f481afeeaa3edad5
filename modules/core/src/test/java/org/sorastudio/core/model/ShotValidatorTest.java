package org.sorastudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        Path image = Files.createFile(folder.resolve("ref.png"));
        assertThat(validator.validate(Shot.create("x").withReferenceImage(image.toString()))).isEmpty();
    }

    @Test
    void tooLongPromptIsBlocking() {
        assertThat(validator.validate(Shot.create("a".repeat(ShotValidator.MAX_PROMPT_LENGTH + 1))))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("at most 32000"));
    }
}
