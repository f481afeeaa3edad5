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
import picocli.CommandLine.Option;

/** Options every generating command takes: which server, where clips go, how output looks. */
final class CommonOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "a server profile from the studio's settings (its key: SORA_STUDIO_KEY_<NAME>, the credentials file "
                    + "of 'profile key', or OPENAI_API_KEY)")
    String profile;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the API base URL of a server or gateway, e.g. http://127.0.0.1:8765/v1 (default: OpenAI)")
    String baseUrl;

    @Option(names = "--simulator", description = "start the embedded offline simulator and use it")
    boolean simulator;

    @Option(names = "--output", paramLabel = "DIR", description = "where clips and sidecars go")
    Path output;

    @Option(names = "--parallel", paramLabel = "N", description = "jobs on the server at once (default: the studio setting, 2)")
    Integer parallel;

    @Option(names = "--max-wait", paramLabel = "TIME", description = "how long a job may take once sent before it fails, "
            + "or ends unconfirmed when the server cannot confirm its create: 90s, 20m, 1h (default: the studio setting, 30m)")
    String maxWait;

    @Option(names = "--resend-unconfirmed", description = "send again the creates a server may have received but could "
            + "not confirm (after checking its video list once more); they may be charged twice")
    boolean resendUnconfirmed;

    @Option(names = "--no-hooks", description = "do not run the post-processing steps from the studio's settings on the clips")
    boolean noHooks;

    @Option(names = "--ignore-disk-space", description = "send the jobs even when they would leave less free space in the "
            + "output folder than the studio's threshold (default: refuse before sending anything)")
    boolean ignoreDiskSpace;

    @Option(names = "--json", description = "one JSON event per line on stdout, for scripts")
    boolean json;

    @Option(names = "--quiet", description = "no progress output; errors still go to stderr")
    boolean quiet;
}
