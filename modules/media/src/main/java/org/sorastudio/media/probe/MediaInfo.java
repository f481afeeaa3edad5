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
package org.sorastudio.media.probe;

import java.nio.file.Path;

/**
 * What ffprobe reports about a video file.
 *
 * @param file              the probed file
 * @param durationSeconds   the container's duration
 * @param width             coded picture width of the first video stream
 * @param height            coded picture height
 * @param sampleAspectRatio pixel shape as {@code num:den} ({@code 1:1} when the file does not say)
 * @param frameRate         the video stream's frame rate
 * @param videoCodec        ffmpeg codec name, e.g. {@code h264}
 * @param pixelFormat       ffmpeg pixel format, e.g. {@code yuv420p}
 * @param audio             the first audio stream, or {@code null} when the file has none
 */
public record MediaInfo(Path file, double durationSeconds, int width, int height, String sampleAspectRatio,
        FrameRate frameRate, String videoCodec, String pixelFormat, AudioInfo audio) {

    /**
     * @param codec       ffmpeg codec name, e.g. {@code aac}
     * @param sampleRate  samples per second
     * @param channels    channel count
     */
    public record AudioInfo(String codec, int sampleRate, int channels) {
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
