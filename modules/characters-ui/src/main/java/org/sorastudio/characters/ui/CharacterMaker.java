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
package org.sorastudio.characters.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.media.export.ExportException;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameExtractionException;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.CreateCharacterRequest;
import org.sorastudio.openai.VideoCharacter;
import org.sorastudio.openai.spi.ApiClientProvider;

/**
 * Makes a character, step by step, off the EDT and without Swing: checks the request against the server's limits,
 * cuts the chosen range out of the clip (through media's storyboard exporter: one trimmed clip, so the same ffmpeg
 * pipeline as an export), checks the cut's real length, takes a thumbnail from its middle, uploads it and keeps the
 * answer in the library. Every way it can fail is a {@link CharacterException} with a message for a person.
 */
@Messages({
    "CharacterMaker.noName=Give the character a name.",
    "CharacterMaker.noServer=No server profile is available to make the character on (the profiles module is off).",
    "# {0} - length", "# {1} - limit",
    "CharacterMaker.longName=The name has {0} characters; at most {1} are allowed.",
    "# {0} - name",
    "CharacterMaker.duplicate=There is already a character called \"{0}\": prompts find characters by name, so choose another.",
    "# {0} - start", "# {1} - end",
    "CharacterMaker.badRange=The range {0}–{1} s is empty: the end must come after the start.",
    "# {0} - length", "# {1} - shortest", "# {2} - longest",
    "CharacterMaker.badLength=The character clip would be {0} s long; the server takes {1}–{2} s. Choose another range.",
    "# {0} - end", "# {1} - clip length",
    "CharacterMaker.pastEnd=The range ends at {0} s, but the clip is only {1} s long.",
    "# {0} - problem",
    "CharacterMaker.unreadable=The clip cannot be read: {0}",
    "# {0} - problem",
    "CharacterMaker.cutFailed=The range could not be cut out of the clip: {0}",
    "# {0} - problem",
    "CharacterMaker.refused=The server did not make the character: {0}",
    "# {0} - problem",
    "CharacterMaker.notKept=The server made the character, but it could not be saved here: {0}"
})
final class CharacterMaker {

    /** What a user asked for: a name, a clip and the range of it to use ({@code end} 0: to the clip's end). */
    record Request(String name, Path clip, double start, double end, String profile) {
    }

    private final MediaProbe probe;
    private final StoryboardExporter exporter;
    private final FrameGrabber frames;
    private final ApiClientProvider clients;
    private final CharacterLibrary library;

    CharacterMaker(MediaProbe probe, StoryboardExporter exporter, FrameGrabber frames, ApiClientProvider clients,
            CharacterLibrary library) {
        this.probe = probe;
        this.exporter = exporter;
        this.frames = frames;
        this.clients = clients;
        this.library = library;
    }

    /** What is wrong with the name before anything else is done, or empty. Cheap: callable on the EDT. */
    Optional<String> nameProblem(String name, Limits limits) {
        String value = name.strip();
        if (value.isEmpty()) {
            return Optional.of(Bundle.CharacterMaker_noName());
        }
        int max = limits.characterNameMaxLength() > 0 ? limits.characterNameMaxLength() : CreateCharacterRequest.MAX_NAME_LENGTH;
        if (value.length() > max) {
            return Optional.of(Bundle.CharacterMaker_longName(value.length(), max));
        }
        if (library.named(value).isPresent()) {
            return Optional.of(Bundle.CharacterMaker_duplicate(value));
        }
        return Optional.empty();
    }

    /** What is wrong with a range of {@code seconds} for a character clip under {@code limits}, or empty. */
    static Optional<String> lengthProblem(double seconds, Limits limits) {
        double min = limits.characterClipMinSeconds();
        double max = limits.characterClipMaxSeconds();
        if ((min > 0 && seconds < min - 0.05) || (max > 0 && seconds > max + 0.05)) {
            return Optional.of(Bundle.CharacterMaker_badLength(seconds(seconds), seconds(min), seconds(max)));
        }
        return Optional.empty();
    }

    /** Probes the clip; blocks on ffprobe. */
    MediaInfo probe(Path clip) throws CharacterException {
        try {
            return probe.probe(clip);
        } catch (MediaProbeException e) {
            throw new CharacterException(Bundle.CharacterMaker_unreadable(e.getMessage()), e);
        }
    }

    /**
     * Does every step; blocks on ffmpeg and the network, so never on the EDT. Nothing is sent when a check fails.
     *
     * @param work a folder for the cut clip, deleted by the caller
     */
    Character make(Request request, Limits limits, Path work) throws CharacterException, InterruptedException {
        Optional<String> badName = nameProblem(request.name(), limits);
        if (badName.isPresent()) {
            throw new CharacterException(badName.get(), null);
        }
        MediaInfo info = probe(request.clip());
        double end = request.end() > 0 ? request.end() : info.durationSeconds();
        if (end <= request.start()) {
            throw new CharacterException(Bundle.CharacterMaker_badRange(seconds(request.start()), seconds(end)), null);
        }
        if (end > info.durationSeconds() + 0.05) {
            throw new CharacterException(Bundle.CharacterMaker_pastEnd(seconds(end), seconds(info.durationSeconds())), null);
        }
        Optional<String> badLength = lengthProblem(end - request.start(), limits);
        if (badLength.isPresent()) {
            throw new CharacterException(badLength.get(), null);
        }
        Path upload = wholeClip(request, info, end) ? request.clip() : cut(request, info, end, work);
        Optional<String> cutLength = lengthProblem(probe(upload).durationSeconds(), limits);
        if (cutLength.isPresent()) {
            throw new CharacterException(cutLength.get(), null);
        }
        if (clients == null) {
            throw new CharacterException(Bundle.CharacterMaker_noServer(), null);
        }
        VideoCharacter made;
        try {
            made = clients.clientFor(request.profile()).createCharacter(new CreateCharacterRequest(request.name().strip(), upload));
        } catch (ApiException | IllegalArgumentException e) {
            throw new CharacterException(Bundle.CharacterMaker_refused(e.getMessage()), e);
        }
        String thumbnail = thumbnail(upload, made.id());
        Character character = new Character(made.id(), made.name() != null ? made.name() : request.name().strip(),
                request.profile(), made.createdAt() != null ? made.createdAt() : java.time.Instant.now(), thumbnail);
        try {
            library.add(character);
        } catch (IOException e) {
            throw new CharacterException(Bundle.CharacterMaker_notKept(e.getMessage()), e);
        }
        return character;
    }

    private static boolean wholeClip(Request request, MediaInfo info, double end) {
        return request.start() <= 0 && end >= info.durationSeconds() - 0.05;
    }

    /** The range as its own MP4, at the clip's own size and rate: a one-clip storyboard, trimmed. */
    private Path cut(Request request, MediaInfo info, double end, Path work) throws CharacterException, InterruptedException {
        Path target = work.resolve("character.mp4");
        Storyboard range = Storyboard.empty().withOutput(OutputFormat.matching(info))
                .add(ClipItem.of(request.clip()).withTrim(request.start(), end));
        try {
            exporter.export(range, target, org.sorastudio.media.export.ExportListener.NONE);
            return target;
        } catch (ExportException e) {
            throw new CharacterException(Bundle.CharacterMaker_cutFailed(e.getMessage()), e);
        }
    }

    /** A PNG from the middle of the upload in the library folder; null when none could be made (it is only a picture). */
    private String thumbnail(Path upload, String id) {
        String name = id.replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
        try {
            Files.createDirectories(library.folder());
            frames.grab(upload, Math.max(0, probe.probe(upload).durationSeconds() / 2), library.folder().resolve(name));
            return name;
        } catch (FrameExtractionException | MediaProbeException | IOException e) {
            return null;
        }
    }

    /** Seconds in a message, as the person's locale writes them ("1,5" in German). */
    private static String seconds(double value) {
        return LocaleFormat.current().seconds(value);
    }

    /** A step failed; the message is for the person who asked. */
    static final class CharacterException extends Exception {

        CharacterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
