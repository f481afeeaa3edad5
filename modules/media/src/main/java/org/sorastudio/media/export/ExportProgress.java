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
package org.sorastudio.media.export;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an export is, from ffmpeg's own progress reports.
 *
 * @param fraction       0..1 of the output written
 * @param outputSeconds  seconds of output written so far
 * @param speed          output seconds per wall-clock second as ffmpeg reports it ({@code 0} = unknown)
 * @param eta            time left at the current speed; empty while the speed is unknown
 */
public record ExportProgress(double fraction, double outputSeconds, double speed, Optional<Duration> eta) {
}
