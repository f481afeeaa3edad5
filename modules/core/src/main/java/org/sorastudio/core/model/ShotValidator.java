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
            problems.add(ShotProblem.error(ShotProblem.FIELD_PROMPT, "Write a prompt: it is required."));
        } else if (shot.prompt().length() > MAX_PROMPT_LENGTH) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_PROMPT,
                    "The prompt has " + shot.prompt().length() + " characters; the API takes at most " + MAX_PROMPT_LENGTH + "."));
        }
        if (shot.model().isBlank()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_MODEL, "Choose a model: it is required."));
        }
        if (!SIZE.matcher(shot.size()).matches()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SIZE, "Size must be WIDTHxHEIGHT, for example 1280x720."));
        }
        if (shot.seconds() <= 0) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SECONDS, "Seconds must be a positive whole number."));
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
                    "\"" + shot.model() + "\" is not in the model catalog; the server decides which sizes and lengths it accepts."));
        }
        if (shot.referenceImage() != null && !shot.referenceImage().isBlank()) {
            Path reference = Path.of(shot.referenceImage());
            if (Files.isDirectory(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, "The reference image " + reference
                        + " is a folder, not an image file."));
            } else if (!Files.isRegularFile(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, "The reference image " + reference + " does not exist."));
            } else if (referenceCheck != null) {
                problems.addAll(referenceCheck.check(reference, shot.size(), shot.referenceFit().orElse(null)));
            } else if (!isImage(reference)) {
                problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, "The reference image " + reference
                        + " is not a JPEG, PNG or WebP image (the formats the API takes)."));
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
                    "\"" + source + "\" is not a video id; copy one from the Queue window (Ctrl+J), e.g. video_68d7512d07848190."));
        }
        if (shot.referenceImage() != null && !shot.referenceImage().isBlank()) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE,
                    "A remix cannot take a reference image; clear it or clear \"Remix of\"."));
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
                    spec.id() + " does not render " + shot.size() + "; it takes " + String.join(", ", spec.sizes()) + "."));
        }
        if (shot.seconds() > 0 && !spec.seconds().contains(shot.seconds())) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_SECONDS,
                    spec.id() + " does not render " + shot.seconds() + " s clips; it takes " + join(spec.seconds()) + " seconds."));
        }
    }

    /** The server announced an end of service for the model: say when, without blocking (a gateway may still serve it). */
    private String shutdownNotice(ModelSpec spec) {
        try {
            LocalDate date = LocalDate.parse(spec.shutdownDate());
            return date.isAfter(LocalDate.now(clock))
                    ? spec.id() + " is deprecated: its provider shuts it down on " + date + "."
                    : spec.id() + " was shut down by its provider on " + date + "; this server may no longer serve it.";
        } catch (DateTimeParseException e) {
            return spec.id() + " is deprecated (shutdown date " + spec.shutdownDate() + ").";
        }
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
