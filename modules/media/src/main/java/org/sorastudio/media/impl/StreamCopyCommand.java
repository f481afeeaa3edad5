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

import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.PlannedItem;

/** Joins the clips' packets with ffmpeg's concat demuxer, reading a list file written for it. */
final class StreamCopyCommand implements ExportCommand {

    private static final Logger LOG = Logger.getLogger(StreamCopyCommand.class.getName());

    private final Path listFile;

    StreamCopyCommand(ExportPlan plan) throws IOException {
        StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
        for (PlannedItem item : plan.items()) {
            list.append("file ").append(quote(item.media().file().toAbsolutePath().toString())).append('\n');
        }
        listFile = Files.createTempFile("sorastudio-concat-", ".txt");
        Files.writeString(listFile, list, StandardCharsets.UTF_8);
    }

    /** The concat list's quoting: inside single quotes everything is literal except {@code '}. */
    static String quote(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
    }

    @Override
    public FFmpeg configure(FFmpeg ffmpeg) {
        return ffmpeg
                // "-safe 0": the list holds absolute paths, which the demuxer refuses by default.
                .addInput(UrlInput.fromPath(listFile).setFormat("concat").addArguments("-safe", "0"))
                .addArguments("-map", "0:v:0")
                .addArguments("-map", "0:a:0")
                .addArguments("-c", "copy")
                .addArguments("-movflags", "+faststart");
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(listFile);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the concat list {0}: {1}", new Object[] {listFile, e.getMessage()});
        }
    }
}
