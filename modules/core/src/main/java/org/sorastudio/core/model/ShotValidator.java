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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sorastudio.core.l10n.Texts;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.core.spi.ReferenceImageCheck;
import org.openide.util.Lookup;

/**
 * Checks a shot against the API's rules and the model catalog. The editor, the CSV wizard and the
 * CLI all use this one validator, so they agree on what is valid and say it the same way.
 */
public final class ShotValidator {

    /** The API's limit on prompt length. */
    public static final int MAX_PROMPT_LENGTH = 32000;
    private static final Pattern SIZE = Pattern.compile("[1-9]\\d{1,4}x[1-9]\\d{1,4}");
    /** Ids as servers hand them out: OpenAI's {@code video_<hex>}, or a gateway's own token without spaces. */
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{2,255}");
    /** The messages, in {@code Bundle.properties} beside this class and its translations. */
    private static final Texts TEXTS = Texts.of(ShotValidator.class);

    private final ModelCatalog catalog;
    private final Clock clock;
    /** The images module's header check, or {@code null}: then only the file's first bytes are looked at. */
    private final ReferenceImageCheck referenceCheck = Lookup.getDefault().lookup(ReferenceImageCheck.class);

    public ShotValidator(ModelCatalog catalog) {
        this(catalog, Clock.systemDefaultZone());
    }

    public ShotValidator(ModelCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<ShotProblem> validate(Shot shot) {
        List<ShotProblem> problems = new ArrayList<>();
        if (shot.prompt().isBlank()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_PROMPT, TEXTS.get("ShotValidator.noPrompt")));
        } else if (shot.prompt().length() > MAX_PROMPT_LENGTH) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_PROMPT,
                    TEXTS.get("ShotValidator.longPrompt", shot.prompt().length(), MAX_PROMPT_LENGTH)));
        }
        if (shot.model().isBlank()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_MODEL, TEXTS.get("ShotValidator.noModel")));
        }
        if (!SIZE.matcher(shot.size()).matches()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SIZE, TEXTS.get("ShotValidator.badSize")));
        }
        if (shot.seconds() <= 0) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SECONDS, TEXTS.get("ShotValidator.badSeconds")));
        }
        if (shot.remixOf().isPresent()) {
            checkRemix(shot, problems);
            return problems;
        }
        Optional<ModelSpec> spec = catalog.find(shot.model());
        if (spec.isPresent()) {
            checkAgainst(spec.get(), shot, problems);
        } else if (!shot.model().isBlank()) {
            problems.add(ShotProblem.warning(ShotProblem.FIELD_MODEL,
                    TEXTS.get("ShotValidator.unknownModel", shot.model())));
        }
        if (shot.referenceImage() != null && !shot.referenceImage().isBlank()) {
            Path reference = Path.of(shot.referenceImage());
            if (Files.isDirectory(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, TEXTS.get("ShotValidator.referenceIsFolder", reference)));
            } else if (!Files.isRegularFile(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, TEXTS.get("ShotValidator.noReference", reference)));
            } else if (referenceCheck != null) {
                problems.addAll(referenceCheck.check(reference, shot.size(), shot.referenceFit().orElse(null)));
            } else if (!isImage(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, TEXTS.get("ShotValidator.referenceNotImage", reference)));
            }
        }
        return problems;
    }

    /** Whether the file starts like a JPEG, PNG or WebP image; an unreadable file is not one. */
    static boolean isImage(Path file) {
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        String ascii = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        return ascii.startsWith("\u00FF\u00D8\u00FF") || ascii.startsWith("\u0089PNG\r\n\u001A\n")
                || (ascii.startsWith("RIFF") && read == head.length && ascii.startsWith("WEBP", 8));
    }

    /** A remix sends only the prompt: the source video decides model, size and length, and takes no reference image. */
    private static void checkRemix(Shot shot, List<ShotProblem> problems) {
        String source = shot.remixOf().orElseThrow();
        if (!VIDEO_ID.matcher(source).matches()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REMIX,
                    TEXTS.get("ShotValidator.badVideoId", source)));
        }
        if (shot.referenceImage() != null && !shot.referenceImage().isBlank()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE,
                    TEXTS.get("ShotValidator.remixWithReference")));
        }
    }

    public static boolean isBlocking(List<ShotProblem> problems) {
        return problems.stream().anyMatch(ShotProblem::blocking);
    }

    private void checkAgainst(ModelSpec spec, Shot shot, List<ShotProblem> problems) {
        if (spec.shutdownDate() != null) {
            problems.add(ShotProblem.warning(ShotProblem.FIELD_MODEL, shutdownNotice(spec)));
        }
        if (SIZE.matcher(shot.size()).matches() && !spec.sizes().contains(shot.size())) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SIZE,
                    TEXTS.get("ShotValidator.wrongSize", spec.id(), shot.size(), String.join(", ", spec.sizes()))));
        }
        if (shot.seconds() > 0 && !spec.seconds().contains(shot.seconds())) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SECONDS,
                    TEXTS.get("ShotValidator.wrongSeconds", spec.id(), String.valueOf(shot.seconds()), join(spec.seconds()))));
        }
    }

    /** The server announced an end of service for the model: say when, without blocking (a gateway may still serve it). */
    private String shutdownNotice(ModelSpec spec) {
        try {
            LocalDate date = LocalDate.parse(spec.shutdownDate());
            return date.isAfter(LocalDate.now(clock))
                    ? TEXTS.get("ShotValidator.deprecated", spec.id(), date.toString())
                    : TEXTS.get("ShotValidator.shutDown", spec.id(), date.toString());
        } catch (DateTimeParseException e) {
            return TEXTS.get("ShotValidator.deprecatedUnparsed", spec.id(), spec.shutdownDate());
        }
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
