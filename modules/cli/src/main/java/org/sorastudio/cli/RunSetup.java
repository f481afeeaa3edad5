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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openide.util.Lookup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.production.api.ProductionPlaces;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.postprocess.disk.FreeSpace;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;

/** What every generating command derives from the common options and the studio's settings. */
final class RunSetup {

    /** Where {@code batch} and {@code shot} put clips without {@code --output}: {@code clips/} in the working folder. */
    private static final Path DEFAULT_OUTPUT = Path.of("clips");
    private static final Pattern WAIT = Pattern.compile("([0-9]{1,6})([smh])");

    private final CommonOptions options;
    private final Settings settings;
    private final Duration maxWait;

    RunSetup(CommonOptions options) {
        this.options = options;
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        this.settings = store == null ? Settings.defaults() : store.get();
        if (options.parallel != null && options.parallel < 1) {
            throw new CliException(ExitCode.USAGE, "--parallel must be at least 1, was " + options.parallel + ".");
        }
        this.maxWait = options.maxWait == null ? Duration.ofMinutes(settings.maxWaitMinutes()) : maxWait(options.maxWait);
    }

    /** The model catalog every check uses. */
    static ModelCatalog catalog() {
        return new CapabilityCatalog();
    }

    /** The "send these shots" rules the studio follows too: where a project's journal and clips go, its references. */
    static ShotProduction production() {
        ShotProduction production = Lookup.getDefault().lookup(ShotProduction.class);
        if (production == null) {
            throw new IllegalStateException("no ShotProduction in Lookup; the production module registers one");
        }
        return production;
    }

    /** The studio's settings (its defaults when there are none). */
    Settings settings() {
        return settings;
    }

    /**
     * The reference preparation of a run without a project: the references folder beside {@code journal}, and
     * references taken as given (the {@code shot} command's is absolute; a batch's were resolved against its CSV).
     */
    static ReferencePreparer referencesBeside(Path journal, Path output, boolean quiet) {
        ProductionPlaces places = new ProductionPlaces(Optional.empty(), journal.toAbsolutePath(), output);
        return new ReferencePreparer(production().references(places), quiet, System.err);
    }

    /** {@code --output} or else {@code clips/} in the working folder. */
    Path output() {
        return output(DEFAULT_OUTPUT);
    }

    /** {@code --output} or else {@code defaultOutput}. */
    Path output(Path defaultOutput) {
        return (options.output != null ? options.output : defaultOutput).toAbsolutePath().normalize();
    }

    QueueOptions queueOptions(Path output) {
        int parallel = options.parallel != null ? options.parallel
                : settings.parallelJobsFor(options.profile != null ? options.profile : settings.activeProfile());
        return new QueueOptions(parallel, maxWait, output, QueueOptions.pollIntervals(settings));
    }

    private static Duration maxWait(String text) {
        Matcher matcher = WAIT.matcher(text.strip());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new CliException(ExitCode.USAGE, "--max-wait must be a time like 90s, 20m or 1h, was '" + text + "'.");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** Chooses the server (refusing without a key), checks it answers, and runs the queue. */
    int runQueue(Path journal, Path output, Stream<Shot> shots) {
        try (ServerConnections servers = ServerConnections.choose(options, settings)) {
            servers.checkReachable();
            return new QueueSession(journal, queueOptions(output), servers, Reporter.forOptions(options),
                    options.resendUnconfirmed, clipHandling()).run(shots);
        }
    }

    /**
     * Runs one job made from the completed video {@code sourceVideoId} (an extension or an edit). Before the
     * first run sends anything, the source is looked up: an unknown, deleted, failed or unfinished video is
     * invalid input (exit 3) and nothing is sent.
     *
     * @param verb "extended" or "edited", for the messages
     */
    int runFromSource(Path journal, Path output, String sourceVideoId, String verb, Consumer<String> checkForProfile,
            Function<String, JobSpec> job) {
        try (ServerConnections servers = ServerConnections.choose(options, settings)) {
            if (!Files.exists(journal)) {
                checkForProfile.accept(servers.activeProfile());
            }
            servers.checkReachable();
            if (!Files.exists(journal)) {
                SourceCheck.requireCompleted(servers.clientFor(servers.activeProfile()), sourceVideoId, verb);
            }
            return new QueueSession(journal, queueOptions(output), servers, Reporter.forOptions(options),
                    options.resendUnconfirmed, clipHandling()).runJobs(profile -> Stream.of(job.apply(profile)));
        }
    }

    /** The hooks and the free-space threshold from the studio's settings, as the options allow. */
    private ClipHandling clipHandling() {
        return new ClipHandling(settings.postProcessing(), !options.noHooks, options.ignoreDiskSpace, FreeSpace.system());
    }

    /** The server the options choose, for a command that makes single calls instead of running a queue. */
    ServerConnections connections() {
        return ServerConnections.choose(options, settings);
    }

    /** The server choice as recorded in request digests, without starting anything. */
    String serverName() {
        if (options.simulator) {
            return "simulator";
        }
        return options.profile != null ? "profile:" + options.profile : options.baseUrl != null ? options.baseUrl
                : ServerConnections.OPENAI_BASE_URL;
    }
}
