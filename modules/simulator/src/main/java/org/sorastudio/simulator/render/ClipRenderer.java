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
package org.sorastudio.simulator.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.settings.FfmpegLocation;

/**
 * Renders clips with ffmpeg, either into a temporary folder it deletes on {@link #close()} or into a
 * cache folder that outlives it. One ffmpeg run writes the MP4 (H.264 + AAC tone, the prompt and a
 * running timestamp on every frame), the WebP thumbnail and the WebP spritesheet. Equal specs are
 * rendered once; at most two renders run at a time so a burst of downloads cannot swamp the machine.
 *
 * <p>Each clip lives in a folder named after a digest of its spec. It is rendered into a staging
 * folder and renamed into place when ffmpeg succeeds, so a clip folder that exists is complete, even
 * after a crash mid-render.
 */
public final class ClipRenderer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClipRenderer.class.getName());
    private static final int FPS = 24;
    private static final int MAX_PROMPT_LINES = 8;
    private static final int SPRITE_COLUMNS = 4;
    private static final int SPRITE_ROWS = 3;
    private static final int SPRITE_FRAME_HEIGHT = 180;
    private static final long RENDER_TIMEOUT_SECONDS = 120;
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String STAGING_PREFIX = ".rendering-";
    private static final String CLIP_PREFIX = "clip-";

    private final Path workDir;
    private final boolean keepClips;
    private final ExecutorService workers;
    private final Map<ClipSpec, CompletableFuture<RenderedClip>> renders = new ConcurrentHashMap<>();
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private ClipRenderer(Path workDir, boolean keepClips) {
        this.workDir = workDir;
        this.keepClips = keepClips;
        AtomicInteger threadCounter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "simulator-render-" + threadCounter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Creates a renderer working in a new temporary folder. */
    public static ClipRenderer create() throws IOException {
        return new ClipRenderer(Files.createTempDirectory("sora-simulator-"), false);
    }

    /**
     * Creates a renderer that reuses the clips already in {@code cacheFolder} and leaves the ones it renders
     * there. Staging folders of renders a crash interrupted are removed.
     */
    public static ClipRenderer cachingIn(Path cacheFolder) throws IOException {
        Files.createDirectories(cacheFolder);
        ClipRenderer renderer = new ClipRenderer(cacheFolder, true);
        renderer.deleteStagingFolders();
        return renderer;
    }

    /**
     * The rendered files for a spec, rendering them first if needed. A failed render is forgotten so
     * that the next request tries again.
     */
    public CompletableFuture<RenderedClip> render(ClipSpec spec) {
        CompletableFuture<RenderedClip> render = renders.computeIfAbsent(spec,
                key -> CompletableFuture.supplyAsync(() -> renderNow(key), workers));
        render.whenComplete((clip, failure) -> {
            if (failure != null) {
                renders.remove(spec, render);
            }
        });
        return render;
    }

    /**
     * Keeps an uploaded video (the source of an extension or edit) as a clip of its own: scaled into
     * {@code width x height} (letterboxed), 24 fps, cut to {@code seconds}, with a silent track when it has no sound, so
     * it joins rendered segments like any rendered clip. Runs ffmpeg on the calling thread; equal uploads are kept once.
     *
     * @return the spec that names it as the base of a derived clip
     * @throws IOException when it cannot be stored or ffmpeg cannot read it
     */
    public ClipSpec importUpload(byte[] video, VideoProbe.Video probed, int width, int height, int seconds)
            throws IOException {
        ClipSpec spec = ClipSpec.uploaded(width, height, seconds, digest(video));
        Path clipDir = workDir.resolve(folderName(spec));
        if (Files.isDirectory(clipDir)) {
            return spec;
        }
        Path staging = Files.createTempDirectory(workDir, STAGING_PREFIX);
        try {
            Files.write(staging.resolve("upload.bin"), video);
            runFfmpeg(staging, importCommand(spec, probed.audio()));
            Files.delete(staging.resolve("upload.bin"));
            Files.move(staging, clipDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(clipDir)) {
                throw e;
            }
        } finally {
            deleteTree(staging);
        }
        return spec;
    }

    private static List<String> importCommand(ClipSpec spec, boolean audio) {
        String size = spec.width() + ":" + spec.height();
        List<String> command = ffmpeg("-i", "upload.bin");
        if (!audio) {
            command.addAll(List.of("-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono"));
        }
        command.addAll(List.of("-filter_complex", "[0:v]scale=" + size + ":force_original_aspect_ratio=decrease,pad="
                + size + ":(ow-iw)/2:(oh-ih)/2,fps=" + FPS + ",format=yuv420p,setsar=1[video];"
                + (audio ? "[0:a]" : "[1:a]") + "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono[audio]",
                "-map", "[video]", "-map", "[audio]", "-t", Integer.toString(spec.seconds()),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k",
                "video.mp4"));
        return command;
    }

    /** An ffmpeg command line (the studio's ffmpeg: {@link FfmpegLocation}), quiet and overwriting, then {@code arguments}. */
    private static List<String> ffmpeg(String... arguments) {
        List<String> command = new ArrayList<>(List.of(FfmpegLocation.ffmpeg().toString(), "-hide_banner", "-nostdin", "-loglevel",
                "error", "-y"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Deletes the cached clips of every spec but these (the clips of jobs that were deleted), so that a cache
     * folder does not grow without end.
     */
    public void retainOnly(Collection<ClipSpec> specs) {
        Set<String> kept = specs.stream().map(ClipRenderer::folderName).collect(Collectors.toSet());
        try (Stream<Path> children = Files.list(workDir)) {
            children.filter(child -> child.getFileName().toString().startsWith(CLIP_PREFIX))
                    .filter(child -> !kept.contains(child.getFileName().toString()))
                    .forEach(ClipRenderer::deleteTree);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not list " + workDir, e);
        }
    }

    /** The folder holding the rendered files. */
    public Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        running.forEach(Process::destroyForcibly);
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (keepClips) {
            deleteStagingFolders();
        } else {
            deleteTree(workDir);
        }
    }

    private RenderedClip renderNow(ClipSpec spec) {
        if (closed) {
            throw new RenderFailedException("the simulator is shutting down");
        }
        try {
            return clipIn(renderedFolder(spec));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + spec.width() + "x" + spec.height() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The folder of a spec's clip, rendering it (and first the clip it extends or edits) if it is not there.
     * Runs on the calling worker: waiting for another worker could deadlock the two of them.
     */
    private Path renderedFolder(ClipSpec spec) throws IOException {
        Path clipDir = workDir.resolve(folderName(spec));
        if (Files.isDirectory(clipDir)) {
            return clipDir;
        }
        if (spec.upload() != null) {
            throw new RenderFailedException("the uploaded source video is no longer in the simulator's clip folder");
        }
        Path baseVideo = spec.base() == null ? null : clipIn(renderedFolder(spec.base().clip())).video();
        Path staging = Files.createTempDirectory(workDir, STAGING_PREFIX);
        Files.writeString(staging.resolve("prompt.txt"), String.join("\n",
                PromptLayout.wrap(spec.prompt(), spec.width(), spec.height(), MAX_PROMPT_LINES)),
                StandardCharsets.UTF_8);
        try {
            runFfmpeg(staging, command(spec, clipIn(staging), baseVideo));
            Files.move(staging, clipDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(clipDir)) {
                throw e;
            }
            // another worker rendered the same clip (the base of two extensions) in the meantime
        } finally {
            deleteTree(staging);
        }
        return clipDir;
    }

    private static RenderedClip clipIn(Path folder) {
        return new RenderedClip(folder.resolve("video.mp4"), folder.resolve("thumbnail.webp"),
                folder.resolve("spritesheet.webp"));
    }

    /** A digest of everything that shapes the clip, so equal specs share one folder across runs. */
    private static String folderName(ClipSpec spec) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.key().getBytes(StandardCharsets.UTF_8));
            return CLIP_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void deleteStagingFolders() {
        try (Stream<Path> children = Files.list(workDir)) {
            children.filter(child -> child.getFileName().toString().startsWith(STAGING_PREFIX))
                    .forEach(ClipRenderer::deleteTree);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not list " + workDir, e);
        }
    }

    private void runFfmpeg(Path clipDir, List<String> command) throws IOException {
        Path log = clipDir.resolve("ffmpeg.log");
        Process process;
        try {
            process = new ProcessBuilder(BackgroundPriority.lowered(command)).directory(clipDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new RenderFailedException("ffmpeg could not be started (is it installed and on the PATH?): "
                    + e.getMessage());
        }
        running.add(process);
        try {
            if (!process.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RenderFailedException("ffmpeg took longer than " + RENDER_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(log, StandardCharsets.UTF_8).strip();
                LOG.log(Level.WARNING, "ffmpeg failed: {0}\n{1}", new Object[]{String.join(" ", command), output});
                throw new RenderFailedException("ffmpeg exited with " + process.exitValue() + ": " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderFailedException("rendering was interrupted");
        } finally {
            running.remove(process);
        }
    }

    private static List<String> command(ClipSpec spec, RenderedClip clip, Path baseVideo) {
        int hash = spec.prompt().hashCode();
        int fontSize = PromptLayout.fontSize(spec.width(), spec.height());
        int margin = PromptLayout.margin(spec.width(), spec.height());
        String font = Files.isReadable(FONT) ? "fontfile=" + FONT + ":" : "";
        String promptText = "drawtext=" + font + "textfile=prompt.txt:expansion=none:fontcolor=white"
                + ":fontsize=" + fontSize + ":line_spacing=" + fontSize / 4 + ":x=" + margin + ":y=" + margin;
        int middleFrame = spec.seconds() * FPS / 2;
        int spriteFrames = SPRITE_COLUMNS * SPRITE_ROWS;
        String outputs = "split=3[video][thumb_in][sprite_in];"
                + "[thumb_in]select='eq(n\\," + middleFrame + ")'[thumb];"
                + "[sprite_in]fps=" + spriteFrames + "/" + spec.seconds() + ",scale=-2:" + SPRITE_FRAME_HEIGHT
                + ",tile=" + SPRITE_COLUMNS + "x" + SPRITE_ROWS + "[sprite]";
        List<String> inputs = new ArrayList<>();
        String graph;
        ClipSpec.Treatment treatment = spec.base() == null ? null : spec.base().treatment();
        if (treatment == ClipSpec.Treatment.RECOLOUR) {
            // the base clip with its hues turned half way round, a frame and the edit's prompt over it
            inputs.addAll(List.of("-i", baseVideo.toString()));
            graph = "[0:v]hue=h=180:s=1.6,drawbox=x=0:y=0:w=iw:h=ih:color=white@0.9:t=" + Math.max(4, margin / 2)
                    + "," + promptText.replace(":y=" + margin, ":y=h/2-th/2") + ":box=1:boxcolor=black@0.6:boxborderw="
                    + fontSize / 5 + "," + outputs + ";[0:a]acopy[audio]";
        } else {
            int segmentSeconds = spec.seconds() - (baseVideo == null ? 0 : spec.base().clip().seconds());
            String timestamp = "drawtext=" + font + "text='%{pts\\:hms\\:" + (spec.seconds() - segmentSeconds)
                    + "}':fontcolor=white:box=1:boxborderw=" + fontSize / 5 + ":boxcolor=black@0.5"
                    + ":fontsize=" + fontSize + ":x=" + margin + ":y=h-th-" + margin;
            inputs.addAll(List.of("-f", "lavfi", "-i", "color=c=" + backgroundColor(hash) + ":s=" + spec.width() + "x"
                    + spec.height() + ":r=" + FPS + ":d=" + segmentSeconds,
                    "-f", "lavfi", "-i", "sine=frequency=" + (220 + Math.floorMod(hash >>> 8, 660))
                            + ":sample_rate=48000:duration=" + segmentSeconds));
            String segment = "[0:v]" + promptText + "," + timestamp;
            if (baseVideo == null) {
                graph = segment + "," + outputs + ";[1:a]volume=0.2[audio]";
            } else {
                // the base clip as it was, then the new segment: one continuous running time
                inputs.addAll(List.of("-i", baseVideo.toString()));
                String audio = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono";
                graph = segment + ",format=yuv420p,setsar=1[segment];[1:a]volume=0.2," + audio + "[segment_audio];"
                        + "[2:v]format=yuv420p,setsar=1[base];[2:a]" + audio + "[base_audio];"
                        + "[base][base_audio][segment][segment_audio]concat=n=2:v=1:a=1[joined][audio];"
                        + "[joined]" + outputs;
            }
        }
        List<String> command = ffmpeg();
        command.addAll(inputs);
        command.addAll(List.of("-filter_complex", graph,
                "-map", "[video]", "-map", "[audio]", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart", "-shortest",
                FilePaths.name(clip.video()),
                "-map", "[thumb]", "-frames:v", "1", "-c:v", "libwebp", FilePaths.name(clip.thumbnail()),
                "-map", "[sprite]", "-frames:v", "1", "-c:v", "libwebp", FilePaths.name(clip.spritesheet())));
        return command;
    }

    /** A dark colour picked by the prompt, so different prompts look different at a glance. */
    private static String backgroundColor(int hash) {
        double hue = Math.floorMod(hash, 360) / 60.0;
        double value = 0.35;
        double saturation = 0.6;
        double chroma = value * saturation;
        double x = chroma * (1 - Math.abs(hue % 2 - 1));
        double[] rgb = switch ((int) hue) {
            case 0 -> new double[]{chroma, x, 0};
            case 1 -> new double[]{x, chroma, 0};
            case 2 -> new double[]{0, chroma, x};
            case 3 -> new double[]{0, x, chroma};
            case 4 -> new double[]{x, 0, chroma};
            default -> new double[]{chroma, 0, x};
        };
        double offset = value - chroma;
        return String.format("0x%02x%02x%02x", channel(rgb[0] + offset), channel(rgb[1] + offset),
                channel(rgb[2] + offset));
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "could not delete " + path, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clean up " + root, e);
        }
    }
}
