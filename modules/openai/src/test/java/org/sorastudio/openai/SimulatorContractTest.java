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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** The client against the real simulator over loopback HTTP: every endpoint, every error class, every fault. */
class SimulatorContractTest {

    private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(20));
    private static final Duration JOB_DEADLINE = Duration.ofSeconds(60);

    private static SimulatorServer simulator;
    private static VideoApiClient client;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(11).renderMillisPerVideoSecond(20)
                .moderationWords(Set.of("forbidden")).build());
        client = clientFor(simulator, "sk-contract");
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void videoLifecycleFromCreateToDelete() throws IOException {
        VideoResponse created = client.create(CreateVideoRequest.of("A lighthouse in a storm", "sora-2", 4, "1280x720"));
        assertThat(created.video().status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(created.video().model()).isEqualTo("sora-2");
        assertThat(created.requestId()).startsWith("req_");

        List<Video> states = awaitTerminal(client, created.video().id());
        Video done = states.get(states.size() - 1);
        assertThat(states).extracting(Video::progress).isSorted();
        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.completedAt()).isAfterOrEqualTo(done.createdAt());
        assertThat(done.expiresAt()).isAfter(done.completedAt());
        assertThat(done.seconds()).isEqualTo("4");
        assertThat(done.size()).isEqualTo("1280x720");
        assertThat(client.retrieve(done.id()).pollAfterHint()).as("no hint once terminal").isEmpty();

        DownloadResult video = client.downloadContent(done.id(), ContentVariant.VIDEO, folder.resolve("clip.mp4"));
        DownloadResult thumbnail = client.downloadContent(done.id(), ContentVariant.THUMBNAIL, folder.resolve("thumb.webp"));
        DownloadResult sheet = client.downloadContent(done.id(), ContentVariant.SPRITESHEET, folder.resolve("sheet.webp"));
        assertThat(video.contentType()).isEqualTo("video/mp4");
        assertThat(new String(Arrays.copyOfRange(Files.readAllBytes(video.file()), 4, 8))).isEqualTo("ftyp");
        assertThat(video.bytes()).isEqualTo(Files.size(video.file())).isGreaterThan(1000);
        assertThat(new String(Arrays.copyOfRange(Files.readAllBytes(thumbnail.file()), 8, 12))).isEqualTo("WEBP");
        assertThat(sheet.bytes()).isPositive();

        DeletedVideo deleted = client.delete(done.id());
        assertThat(deleted).isEqualTo(new DeletedVideo(done.id(), true));
        InvalidRequestException gone = catchThrowableOfType(InvalidRequestException.class, () -> client.retrieve(done.id()));
        assertThat(gone.isNotFound()).isTrue();
        assertThat(gone.requestId()).get().asString().startsWith("req_");
    }

    @Test
    void multipartCreateWithAReferenceImageOfTheRightSize() throws IOException {
        Path image = png(folder.resolve("frame.png"), 720, 1280);

        Video video = client.create(CreateVideoRequest.of("A dancer, portrait", "sora-2", 4, "720x1280")
                .withReference(InputReference.file(image))).video();

        assertThat(video.size()).isEqualTo("720x1280");
        assertThat(video.status().isPending()).isTrue();
    }

    @Test
    void invalidRequestsNameTheOffendingParameterAndCreateNothing() throws IOException {
        long acceptedBefore = simulator.acceptedCreates();
        Path wrongSize = png(folder.resolve("small.png"), 640, 360);

        assertThat(invalidParam(CreateVideoRequest.of("x", "sora-9", 4, "1280x720"))).isEqualTo("model");
        assertThat(invalidParam(CreateVideoRequest.of("x", "sora-2", 4, "1792x1024"))).isEqualTo("size");
        assertThat(invalidParam(CreateVideoRequest.of("x", "sora-2", 5, "1280x720"))).isEqualTo("seconds");
        assertThat(invalidParam(CreateVideoRequest.of("x", "sora-2", 4, "1280x720").withReference(InputReference.file(wrongSize))))
                .isEqualTo("input_reference");
        assertThat(simulator.acceptedCreates()).isEqualTo(acceptedBefore);
    }

    @Test
    void proModelAcceptsItsExtraSizesAndDatedSnapshotsBehaveAsTheirBase() {
        assertThat(client.create(CreateVideoRequest.of("Wide", "sora-2-pro", 8, "1792x1024")).video().size()).isEqualTo("1792x1024");
        assertThat(client.create(CreateVideoRequest.of("Dated", "sora-2-2025-10-06", 4, "1280x720")).video().model())
                .isEqualTo("sora-2-2025-10-06");
    }

    @Test
    void wrongOrMissingKeyIsAnAuthenticationFailure() {
        try (SimulatorServer guarded = SimulatorServer.start(SimulatorConfig.builder().validKeys(Set.of("sk-good")).build());
             VideoApiClient wrongKey = clientFor(guarded, "sk-wrong-key-123456");
             VideoApiClient noKey = clientFor(guarded, null);
             VideoApiClient goodKey = clientFor(guarded, "sk-good")) {

            AuthenticationException wrong = catchThrowableOfType(AuthenticationException.class, wrongKey::listModels);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.error()).get().extracting(ApiError::code).isEqualTo("invalid_api_key");
            assertThat(wrong.getMessage()).doesNotContain("sk-wrong-key-123456");
            assertThat(catchThrowableOfType(AuthenticationException.class, noKey::listModels).statusCode()).isEqualTo(401);
            assertThat(goodKey.listModels()).isNotEmpty();
            assertThat(guarded.requestCount()).as("authentication failures are not retried").isEqualTo(3);
        }
    }

    @Test
    void listPaginatesAndListAllWalksEveryPage() {
        try (SimulatorServer own = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(20).build());
             VideoApiClient fresh = clientFor(own, "sk-list")) {
            List<String> createdIds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                createdIds.add(fresh.create(CreateVideoRequest.of("Clip " + i, "sora-2", 4, "1280x720")).video().id());
            }

            VideoPage first = fresh.list(new VideoListQuery(2, SortOrder.ASC, null));
            assertThat(first.data()).extracting(Video::id).containsExactly(createdIds.get(0), createdIds.get(1));
            assertThat(first.hasMore()).isTrue();
            assertThat(first.lastId()).isEqualTo(createdIds.get(1));
            VideoPage second = fresh.list(new VideoListQuery(2, SortOrder.ASC, first.lastId()));
            assertThat(second.data()).extracting(Video::id).containsExactly(createdIds.get(2), createdIds.get(3));

            assertThat(fresh.listAll(new VideoListQuery(2, SortOrder.ASC, null)).map(Video::id)).containsExactlyElementsOf(createdIds);
            List<String> newestFirst = new ArrayList<>(createdIds);
            Collections.reverse(newestFirst);
            assertThat(fresh.listAll(new VideoListQuery(2, SortOrder.DESC, null)).map(Video::id))
                    .containsExactlyElementsOf(newestFirst);
            assertThat(fresh.listAll(VideoListQuery.firstPage()).count()).isEqualTo(5);
        }
    }

    @Test
    void remixOfACompletedVideo() {
        // a job that never finishes, so "too early" does not depend on how fast this machine is
        try (SimulatorServer stuck = SimulatorServer.start(SimulatorConfig.builder().stickAt99(true).build());
             VideoApiClient early = clientFor(stuck, "sk-early")) {
            Video unfinished = early.create(CreateVideoRequest.of("A fox in the snow", "sora-2", 4, "1280x720")).video();
            InvalidRequestException tooEarly = catchThrowableOfType(InvalidRequestException.class,
                    () -> early.remix(unfinished.id(), "The fox at night"));
            assertThat(tooEarly).as("remixing an unfinished video").isNotNull();
            assertThat(tooEarly.statusCode()).isEqualTo(400);
        }
        Video source = client.create(CreateVideoRequest.of("A fox in the snow", "sora-2", 4, "1280x720")).video();
        awaitTerminal(client, source.id());

        Video remix = client.remix(source.id(), "The fox at night").video();

        assertThat(remix.remixedFromVideoId()).isEqualTo(source.id());
        assertThat(remix.prompt()).isEqualTo("The fox at night");
        assertThat(remix.id()).isNotEqualTo(source.id());
    }

    @Test
    void modelsListsTheSoraModels() {
        assertThat(client.listModels()).extracting(ModelInfo::id).contains("sora-2", "sora-2-pro");
    }

    @Test
    void moderationFlagsAndModerationBlockedVideoFails() {
        assertThat(client.moderate(List.of("a quiet forbidden garden")).flagged()).isTrue();
        assertThat(client.moderate(List.of("a quiet garden")).flagged()).isFalse();

        Video created = client.create(CreateVideoRequest.of("Something forbidden", "sora-2", 4, "1280x720")).video();
        List<Video> states = awaitTerminal(client, created.id());
        Video failed = states.get(states.size() - 1);

        assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(failed.error().isModerationBlocked()).isTrue();
        assertThat(failed.error().message()).isNotBlank();
    }

    @Test
    void cutDownloadIsResumedWithRange() throws IOException {
        try (SimulatorServer cutting = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(20)
                .resetDownloadAfterBytes(10_000).build());
             VideoApiClient resuming = clientFor(cutting, "sk-cut")) {
            String id = resuming.create(CreateVideoRequest.of("A train through fog", "sora-2", 4, "1280x720")).video().id();
            awaitTerminal(resuming, id);

            DownloadResult resumed = resuming.downloadContent(id, ContentVariant.VIDEO, folder.resolve("resumed.mp4"));
            // The simulator cuts only the first transfer of each content, so this one arrives whole.
            DownloadResult whole = resuming.downloadContent(id, ContentVariant.VIDEO, folder.resolve("whole.mp4"));

            assertThat(resumed.resumes()).isEqualTo(1);
            assertThat(resumed.restarts()).isZero();
            assertThat(whole.resumes()).isZero();
            assertThat(Files.readAllBytes(resumed.file())).isEqualTo(Files.readAllBytes(whole.file()));
        }
    }

    @Test
    void a429StormIsRiddenOutWithinTheRetryBudgetAndEachCreateLandsOnce() throws Exception {
        // 120 requests per minute: the bucket holds 120 and refills 2 per second.
        RetryPolicy stormPolicy = new RetryPolicy(20, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(30));
        int threads = 6;
        int readsPerThread = 21;
        try (SimulatorServer limited = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(20)
                .requestsPerMinute(120).build());
             VideoApiClient patient = VideoApiClient.builder(limited.baseUrl(), "sk-storm").retryPolicy(stormPolicy).build()) {
            List<RateLimitSnapshot> snapshots = new CopyOnWriteArrayList<>();
            patient.addRateLimitListener(snapshots::add);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger succeeded = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < readsPerThread; i++) {
                        patient.listModels();
                        succeeded.incrementAndGet();
                    }
                    patient.create(CreateVideoRequest.of("Storm clip " + thread, "sora-2", 4, "1280x720"));
                    succeeded.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            long rateLimited = snapshots.stream().filter(snapshot -> snapshot.statusCode() == 429).count();
            assertThat(succeeded.get()).isEqualTo(threads * (readsPerThread + 1));
            assertThat(rateLimited).as("the storm happened").isPositive();
            assertThat(snapshots).filteredOn(snapshot -> snapshot.statusCode() == 429)
                    .allSatisfy(snapshot -> assertThat(snapshot.retryAfter()).isNotNull());
            assertThat(limited.requestCount()).isEqualTo(snapshots.size());
            assertThat(limited.acceptedCreates()).as("no create was submitted twice").isEqualTo(threads);
        }
    }

    @Test
    void withoutRetriesTheSameStormSurfacesAsRateLimitExceptions() {
        try (SimulatorServer limited = SimulatorServer.start(SimulatorConfig.builder().requestsPerMinute(5).build());
             VideoApiClient impatient = VideoApiClient.builder(limited.baseUrl(), "sk-storm").retryPolicy(RetryPolicy.NONE).build()) {
            for (int i = 0; i < 5; i++) {
                impatient.listModels();
            }
            RateLimitException failure = catchThrowableOfType(RateLimitException.class, impatient::listModels);

            assertThat(failure.isQuotaExhausted()).isFalse();
            assertThat(failure.retryAfter()).get().matches(wait -> !wait.isNegative() && wait.compareTo(Duration.ofSeconds(13)) < 0);
            assertThat(failure.rateLimits().remainingRequests()).isZero();
            assertThat(failure.error().get().code()).isEqualTo("rate_limit_exceeded");
        }
    }

    @Test
    void exhaustedQuotaIsNotRetried() {
        try (SimulatorServer quota = SimulatorServer.start(SimulatorConfig.builder().createQuota(1).build());
             VideoApiClient spender = clientFor(quota, "sk-quota")) {
            spender.create(CreateVideoRequest.of("The one we paid for", "sora-2", 4, "1280x720"));
            long before = quota.requestCount();

            RateLimitException failure = catchThrowableOfType(RateLimitException.class,
                    () -> spender.create(CreateVideoRequest.of("One too many", "sora-2", 4, "1280x720")));

            assertThat(failure.isQuotaExhausted()).isTrue();
            assertThat(quota.requestCount() - before).isEqualTo(1);
            assertThat(quota.acceptedCreates()).isEqualTo(1);
        }
    }

    @Test
    void serverErrorBurstIsRiddenOutByReadsButNeverRetriedForACreate() {
        try (SimulatorServer flaky = SimulatorServer.start(SimulatorConfig.builder().serverErrorBurst(3).build());
             VideoApiClient reader = clientFor(flaky, "sk-flaky")) {
            assertThat(reader.listModels()).isNotEmpty();
            assertThat(flaky.requestCount()).isEqualTo(4);

            flaky.injectServerErrors(1);
            ServerException failure = catchThrowableOfType(ServerException.class,
                    () -> reader.create(CreateVideoRequest.of("Maybe created", "sora-2", 4, "1280x720")));

            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.statusCode()).isBetween(500, 599);
            assertThat(flaky.requestCount()).isEqualTo(5);
            assertThat(reader.create(CreateVideoRequest.of("After the burst", "sora-2", 4, "1280x720")).video().id()).isNotBlank();
        }
    }

    @Test
    void createThatTimesOutIsNotResentAlthoughTheServerAcceptedIt() {
        try (SimulatorServer slow = SimulatorServer.start(SimulatorConfig.builder().slowResponseMillis(700).build());
             VideoApiClient hasty = VideoApiClient.builder(slow.baseUrl(), "sk-slow").retryPolicy(FAST)
                     .readTimeout(Duration.ofMillis(200)).build()) {

            ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class,
                    () -> hasty.create(CreateVideoRequest.of("Slow to answer", "sora-2", 4, "1280x720")));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.mayHaveReachedServer()).isTrue();
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(slow.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void stuckAt99StaysInProgressWhileItsContentIsDownloadable() throws IOException {
        try (SimulatorServer sticky = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(20)
                .stickAt99(true).build());
             VideoApiClient poller = clientFor(sticky, "sk-sticky")) {
            String id = poller.create(CreateVideoRequest.of("Almost there", "sora-2", 4, "1280x720")).video().id();

            VideoResponse stuck = awaitProgress(poller, id, 99);
            DownloadResult clip = poller.downloadContent(id, ContentVariant.VIDEO, folder.resolve("stuck.mp4"));

            assertThat(stuck.video().status()).isEqualTo(VideoStatus.IN_PROGRESS);
            assertThat(stuck.video().isTerminal()).isFalse();
            assertThat(stuck.pollAfterHint()).isPresent();
            assertThat(clip.bytes()).isPositive();
            assertThat(poller.retrieve(id).video().progress()).isEqualTo(99);
        }
    }

    private static String invalidParam(CreateVideoRequest request) {
        InvalidRequestException failure = catchThrowableOfType(InvalidRequestException.class, () -> client.create(request));
        assertThat(failure.statusCode()).isEqualTo(400);
        assertThat(failure.isOutcomeUnknown()).isFalse();
        return failure.error().orElseThrow().param();
    }

    private static VideoApiClient clientFor(SimulatorServer server, String key) {
        return VideoApiClient.builder(server.baseUrl(), key).retryPolicy(FAST).build();
    }

    /** Polls as a queue would, at the server's hinted pace, until the job is terminal. */
    static List<Video> awaitTerminal(VideoApiClient api, String id) {
        List<Video> states = new ArrayList<>();
        long deadline = System.nanoTime() + JOB_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            VideoResponse response = api.retrieve(id);
            states.add(response.video());
            if (response.video().isTerminal()) {
                return states;
            }
            pause(response);
        }
        throw new AssertionError("video " + id + " not terminal within " + JOB_DEADLINE + ": " + states.get(states.size() - 1));
    }

    private static VideoResponse awaitProgress(VideoApiClient api, String id, int progress) {
        long deadline = System.nanoTime() + JOB_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            VideoResponse response = api.retrieve(id);
            if (response.video().progress() >= progress) {
                return response;
            }
            pause(response);
        }
        throw new AssertionError("video " + id + " did not reach " + progress + "% within " + JOB_DEADLINE);
    }

    private static void pause(VideoResponse response) {
        long millis = response.pollAfterHint().orElse(Duration.ofMillis(50)).toMillis();
        try {
            Thread.sleep(Math.max(10, Math.min(millis, 500)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while polling", e);
        }
    }

    private static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
