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
package org.sorastudio.queue.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.lookup.ServiceProviders;
import org.openide.windows.OnShowing;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.spi.ClipChain;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.production.api.ProductionPlaces;
import org.sorastudio.production.api.ReferencePreparation;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueObserver;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The studio's {@link GenerationQueue}: keeps one {@link RenderQueue} for the open project (its
 * journal and clip folder where the {@link ShotProduction} says, as for the CLI), swaps it when
 * another project is opened, and applies the settings. All opening and closing happens on
 * its own RequestProcessor, never on the EDT.
 */
@ServiceProviders({
    @ServiceProvider(service = GenerationQueue.class),
    @ServiceProvider(service = QueueService.class)
})
@Messages({
    "# {0} - journal file", "# {1} - problem",
    "QueueService.broken=The render queue {0} cannot be read: {1}. A new, empty queue was started instead; the file was left alone.",
    "QueueService.noClients=No server profile is available (no API client provider is installed)"
})
public final class QueueService implements GenerationQueue {

    private static final Logger LOG = Logger.getLogger(QueueService.class.getName());
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final RequestProcessor worker = new RequestProcessor(QueueService.class.getName(), 1);
    private final List<Consumer<RenderQueue>> queueListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    private volatile RenderQueue queue;
    /** Source clips of extensions and edits asked for by clip rather than by queue row, by their video id. */
    private final Map<String, Path> sourceClips = new ConcurrentHashMap<>();
    /** The places of the queue {@link #ensureQueue} opened last. */
    private ProductionPlaces places;
    /** Who follows which shots on the open queue; forgotten with the queue when another project is opened. */
    private final Map<ShotProgress, ShotFollower> followers = new ConcurrentHashMap<>();
    private boolean watching;

    /**
     * Adds the shots to the open project's queue, their reference images resolved and prepared by the
     * {@link ShotProduction} as the CLI's are; returns at once.
     */
    @Override
    public void enqueue(List<Shot> shots) {
        enqueue(shots, null);
    }

    /** Adds the shots to the open project's queue and tells {@code progress} what becomes of them; returns at once. */
    @Override
    public void enqueue(List<Shot> shots, ShotProgress progress) {
        List<Shot> copy = List.copyOf(shots);
        worker.post(() -> {
            RenderQueue current = ensureQueue();
            ReferencePreparation references = production().references(openPlaces());
            String profile = clients().activeProfile();
            List<JobSpec> specs = new java.util.ArrayList<>(copy.size());
            for (Shot shot : copy) {
                try {
                    specs.add(JobSpec.of(references.prepare(shot).shot(), profile));
                } catch (ImageProblemException e) {
                    problemListeners.forEach(listener -> listener.accept(e.getMessage() + " The shot was not queued."));
                }
            }
            if (progress != null) {
                follow(current, progress, copy);
            }
            Optional<Failure> heldBack = observers().stream().map(observer -> observer.holdBack(current, specs))
                    .flatMap(Optional::stream).findFirst();
            if (heldBack.isEmpty()) {
                current.enqueue(specs);
            } else if (progress != null) {
                specs.forEach(spec -> progress.heldBack(new FailedWork(JobColumn.shortPrompt(spec.prompt()), spec.prompt(),
                        spec.profile(), null, heldBack.get(), ShotFollower.shotOf(spec))));
            }
        });
    }

    /** One follower per progress on the open queue: a shot sent again from the editor adds to the shots it follows. */
    private void follow(RenderQueue current, ShotProgress progress, List<Shot> shots) {
        ShotFollower follower = followers.computeIfAbsent(progress, p -> {
            ShotFollower created = new ShotFollower(p);
            current.addListener(created);
            return created;
        });
        follower.follow(shots.stream().map(Shot::id).collect(java.util.stream.Collectors.toSet()));
    }

    /** Adds an extension or edit of a completed video to the open project's queue; returns at once. */
    @Override
    public void enqueue(Derivation derivation) {
        worker.post(() -> {
            RenderQueue current = ensureQueue();
            current.enqueue(List.of(toSpec(derivation, clients().activeProfile())));
        });
    }

    /**
     * Queues an extension or edit of {@code sourceClip}, a finished clip that may have left the queue (cleared, or from
     * an earlier session): the storyboard still hears where the new clip belongs when it arrives.
     */
    void enqueue(Derivation derivation, Path sourceClip) {
        sourceClips.put(derivation.sourceVideoId(), sourceClip);
        enqueue(derivation);
    }

    /** The queue job of {@code derivation}; on the active profile when it names none. */
    static JobSpec toSpec(Derivation derivation, String activeProfile) {
        String profile = derivation.profile() != null ? derivation.profile() : activeProfile;
        return switch (derivation.kind()) {
            case EXTEND -> JobSpec.extension(derivation.sourceVideoId(), derivation.prompt(), derivation.seconds(), profile, null);
            case EDIT -> JobSpec.edit(derivation.sourceVideoId(), derivation.prompt(), profile, null);
        };
    }

    /** The open project's journal, whether or not its queue was opened yet. */
    @Override
    public Optional<Path> journal() {
        return Optional.of(production().placesOfOpenProject().journal());
    }

    /** The queue of the open project, if it was opened yet. */
    public Optional<RenderQueue> current() {
        return Optional.ofNullable(queue);
    }

    /** Opens the open project's queue in the background, so jobs a previous session left unfinished resume. */
    public void start() {
        worker.post(this::ensureQueue);
    }

    /** Resumes the queue when the studio has started, whether or not the Queue window is open. */
    @OnShowing
    public static final class Startup implements Runnable {
        @Override
        public void run() {
            QueueService service = Lookup.getDefault().lookup(QueueService.class);
            if (service != null) {
                service.start();
            }
        }
    }

    /** Told (on the service's thread) whenever the queue is opened or replaced. */
    public void addQueueListener(Consumer<RenderQueue> listener) {
        queueListeners.add(listener);
    }

    public void removeQueueListener(Consumer<RenderQueue> listener) {
        queueListeners.remove(listener);
    }

    /** Told about problems a user should read (a broken journal). */
    public void addProblemListener(Consumer<String> listener) {
        problemListeners.add(listener);
    }

    /**
     * Stops the queue's threads and saves its journal; with {@code keepJobs} false, unfinished
     * jobs are cancelled first. Blocks until done: call it off the EDT.
     */
    public void stop(boolean keepJobs) {
        RenderQueue current = queue;
        if (current == null) {
            return;
        }
        if (!keepJobs) {
            current.cancelAll();
        }
        current.shutdown(STOP_TIMEOUT);
        worker.shutdown();
    }

    private synchronized RenderQueue ensureQueue() {
        watchSessionAndSettings();
        ProductionPlaces wanted = production().placesOfOpenProject();
        if (queue != null && wanted.journal().equals(places.journal())) {
            return queue;
        }
        if (queue != null) {
            followers.clear();
            queue.shutdown(STOP_TIMEOUT);
            adoptUnsavedJournal(places, wanted.journal());
        }
        places = wanted;
        queue = open(wanted.journal());
        RenderQueue opened = queue;
        opened.addListener(new ChainAnnouncer(opened, sourceClips));
        queueListeners.forEach(listener -> listener.accept(opened));
        observers().forEach(observer -> observer.queueOpened(opened));
        return opened;
    }

    /** The places of the queue {@link #ensureQueue} opened last. */
    private synchronized ProductionPlaces openPlaces() {
        return places;
    }

    /** A project saved for the first time takes the jobs queued while it had no file. */
    private static void adoptUnsavedJournal(ProductionPlaces previous, Path next) {
        if (previous.projectFolder().isPresent() || Files.exists(next) || !Files.exists(previous.journal())) {
            return;
        }
        try {
            Files.move(previous.journal(), next);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot move the queue of the unsaved project to {0}: {1}",
                    new Object[]{next, e.getMessage()});
        }
    }

    private RenderQueue open(Path file) {
        QueueOptions options = options();
        try {
            return RenderQueue.open(file, options, clients());
        } catch (DataFileException broken) {
            String message = Bundle.QueueService_broken(broken.file(), broken.problem());
            LOG.log(Level.WARNING, message);
            problemListeners.forEach(listener -> listener.accept(message));
            Path fresh = file.resolveSibling(file.getFileName() + ".new-" + System.currentTimeMillis() + ".json");
            try {
                return RenderQueue.open(fresh, options, clients());
            } catch (DataFileException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Follows project switches and settings changes. */
    private void watchSessionAndSettings() {
        if (watching) {
            return;
        }
        watching = true;
        ProjectSession session = session();
        if (session != null) {
            session.addListener(s -> worker.post(this::followProject));
        }
        SettingsStore settings = Lookup.getDefault().lookup(SettingsStore.class);
        if (settings != null) {
            settings.addListener(s -> worker.post(() -> current().ifPresent(q -> q.updateOptions(options()))));
        }
    }

    /** Opens the queue of a project that was opened or saved under a new name. */
    private synchronized void followProject() {
        if (queue != null && !production().placesOfOpenProject().journal().equals(places.journal())) {
            ensureQueue();
        }
    }

    /** The optional modules that watch the queue (post-processing, notifications, disk space); often none. */
    private static Collection<? extends QueueObserver> observers() {
        return Lookup.getDefault().lookupAll(QueueObserver.class);
    }

    private static ProjectSession session() {
        return Lookup.getDefault().lookup(ProjectSession.class);
    }

    /** The open project's queue options: its clip folder from the {@link ShotProduction}, the rest from the settings. */
    private static QueueOptions options() {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        Settings settings = store == null ? Settings.defaults() : store.get();
        return QueueOptions.of(settings, production().placesOfOpenProject().clipFolder());
    }

    /** A declared dependency, so always installed; found in Lookup like every service. */
    static ShotProduction production() {
        ShotProduction production = Lookup.getDefault().lookup(ShotProduction.class);
        return production != null ? production : ShotProduction.using(Lookup.getDefault());
    }

    private static ApiClientProvider clients() {
        ApiClientProvider provider = Lookup.getDefault().lookup(ApiClientProvider.class);
        return provider != null ? provider : MissingClients.INSTANCE;
    }

    /** Tells every {@link ClipChain} about each downloaded extension or edit whose source clip the queue holds. */
    private static final class ChainAnnouncer implements QueueListener {

        private final RenderQueue queue;
        private final Map<String, Path> sourceClips;

        ChainAnnouncer(RenderQueue queue, Map<String, Path> sourceClips) {
            this.queue = queue;
            this.sourceClips = sourceClips;
        }

        @Override
        public void jobChanged(Job job) {
            JobSpec.Kind kind = job.spec().kind();
            if (job.state() != JobState.COMPLETED || job.videoFile() == null
                    || (kind != JobSpec.Kind.EXTEND && kind != JobSpec.Kind.EDIT)) {
                return;
            }
            Collection<? extends ClipChain> chains = Lookup.getDefault().lookupAll(ClipChain.class);
            if (chains.isEmpty()) {
                return;
            }
            String sourceId = job.spec().sourceVideoId();
            queue.jobs().stream()
                    .filter(source -> sourceId.equals(source.videoId()) && source.videoFile() != null)
                    .map(Job::videoFile)
                    .findFirst()
                    .or(() -> Optional.ofNullable(sourceClips.get(sourceId)))
                    .ifPresent(sourceClip -> chains.forEach(chain -> chain.clipDerived(sourceClip, job.videoFile())));
        }
    }

    /** Stands in when no provider is installed: every job fails saying so, nothing is lost silently. */
    private enum MissingClients implements ApiClientProvider {
        INSTANCE;

        @Override
        public VideoApiClient clientFor(String profileName) {
            throw new IllegalArgumentException(Bundle.QueueService_noClients());
        }

        @Override
        public String activeProfile() {
            return "none";
        }
    }
}
