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

import com.github.kokorin.jaffree.process.Stopper;

/**
 * Kills ffmpeg for real. Jaffree's own {@code FFmpegResultFuture.forceStop()} only cancels the
 * Java future and its stopper merely asks ffmpeg to quit through stdin, which makes ffmpeg finish
 * the file normally; a cancelled export must end the process at once. Jaffree hands the process
 * to its stopper, which {@link FfmpegTools#ffmpeg(ProcessKiller)} replaces with this one.
 */
final class ProcessKiller implements Stopper {

    private volatile Process process;
    private volatile boolean killed;

    @Override
    public void setProcess(Process value) {
        process = value;
        if (killed) {
            value.destroyForcibly();
        }
    }

    /** Kills the process now, or as soon as it starts. */
    void kill() {
        killed = true;
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
        }
    }

    @Override
    public void forceStop() {
        kill();
    }

    @Override
    public void graceStop() {
        kill();
    }
}
