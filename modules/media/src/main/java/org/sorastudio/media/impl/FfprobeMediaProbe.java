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
package org.sorastudio.media.impl;

import com.github.kokorin.jaffree.JaffreeException;
import com.github.kokorin.jaffree.Rational;
import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.FFprobeResult;
import com.github.kokorin.jaffree.ffprobe.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;

/** {@link MediaProbe} through ffprobe's JSON output, read by Jaffree. */
@ServiceProvider(service = MediaProbe.class)
public final class FfprobeMediaProbe implements MediaProbe {

    private final FfmpegTools tools = new FfmpegTools();

    @Override
    public MediaInfo probe(Path file) throws MediaProbeException {
        if (!Files.exists(file)) {
            throw new MediaProbeException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new MediaProbeException(file, "is a folder, not a video file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaProbeException(file, "cannot be read (no permission)");
        }
        FFprobeResult result;
        try {
            result = tools.ffprobe().setShowStreams(true).setShowFormat(true).setInput(file).execute();
        } catch (JaffreeException e) {
            throw new MediaProbeException(file, FfmpegTools.couldNotStart(e) ? FfmpegTools.describeFailure(e)
                    : "not a readable video (" + FfmpegTools.describeFailure(e) + ")");
        }
        Stream video = firstStream(result, StreamType.VIDEO)
                .orElseThrow(() -> new MediaProbeException(file, "has no video stream"));
        Stream audio = firstStream(result, StreamType.AUDIO).orElse(null);
        double duration = duration(result, video);
        if (!(duration > 0)) {
            throw new MediaProbeException(file, "has no duration (a still image, or a damaged file?)");
        }
        FrameRate frameRate = frameRate(video)
                .orElseThrow(() -> new MediaProbeException(file, "has no frame rate (a still image?)"));
        return new MediaInfo(file, duration, video.getWidth(), video.getHeight(), sampleAspectRatio(video), frameRate,
                video.getCodecName(), video.getPixFmt(),
                audio == null ? null : new MediaInfo.AudioInfo(audio.getCodecName(), orZero(audio.getSampleRate()),
                        orZero(audio.getChannels())));
    }

    /** The first stream of a type; cover art attached to audio files does not count as video. */
    private static Optional<Stream> firstStream(FFprobeResult result, StreamType type) {
        return result.getStreams().stream()
                .filter(stream -> stream.getCodecType() == type)
                .filter(stream -> type != StreamType.VIDEO || stream.getWidth() != null && stream.getWidth() > 0)
                .filter(stream -> stream.getDisposition() == null
                        || !Boolean.TRUE.equals(stream.getDisposition().getAttachedPic()))
                .findFirst();
    }

    /** The container's duration, else the video stream's; read as double (Jaffree's getters are float). */
    private static double duration(FFprobeResult result, Stream video) {
        Double container = result.getFormat() == null ? null : result.getFormat().getProbeData().getDouble("duration");
        if (container != null) {
            return container;
        }
        Double stream = video.getProbeData().getDouble("duration");
        return stream == null ? 0 : stream;
    }

    private static Optional<FrameRate> frameRate(Stream video) {
        return rate(video.getRFrameRate()).or(() -> rate(video.getAvgFrameRate()));
    }

    private static Optional<FrameRate> rate(Rational rational) {
        if (rational == null || rational.getNumerator() <= 0 || rational.getDenominator() <= 0
                || rational.getNumerator() > Integer.MAX_VALUE || rational.getDenominator() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new FrameRate((int) rational.getNumerator(), (int) rational.getDenominator()));
    }

    private static String sampleAspectRatio(Stream video) {
        Rational sar = video.getSampleAspectRatio();
        return sar == null || sar.getNumerator() <= 0 ? "1:1" : sar.getNumerator() + ":" + sar.getDenominator();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
