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
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Renders a project's shots through its queue journal (PROJECT.sorastudio.queue.json beside it), "
                + "resuming whatever an earlier run or the studio left unfinished. Shots that already have a job are not sent again."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT.sorastudio", description = "the project file")
    Path project;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return new ProjectRun(this).execute();
    }
}
