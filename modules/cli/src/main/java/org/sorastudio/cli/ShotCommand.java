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
package org.sorastudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "shot", mixinStandardHelpOptions = true,
        description = {"Renders one shot. The queue journal is kept in the output folder under a name made from the "
                + "request, so the same command run again resumes instead of generating twice."})
final class ShotCommand implements Callable<Integer> {

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "the prompt")
    String prompt;

    @Option(names = "--model", paramLabel = "M", defaultValue = "sora-2", description = "model (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", description = "size (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "4", description = "clip length (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--reference", paramLabel = "IMG", description = "a reference image (JPEG, PNG, WebP, BMP, TIFF or GIF, "
            + "any size): it is fitted to the clip's size as --fit says")
    Path reference;

    @Option(names = "--fit", paramLabel = "FIT", description = "how the reference is fitted to the clip's size: resize "
            + "(stretch), crop (default; crop@X,Y keeps a focal point, 0 to 1, in view) or letterbox (black bars; "
            + "letterbox:blur or letterbox:#RRGGBB fill them)")
    String fit;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return new ShotRun(this).execute();
    }
}
