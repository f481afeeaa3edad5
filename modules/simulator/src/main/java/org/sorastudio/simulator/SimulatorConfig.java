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
package org.sorastudio.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.sorastudio.core.io.FilePaths;

/**
 * How one simulator run behaves: its port, its seed and the faults it injects.
 * Immutable; build it with {@link #builder()} or read it from properties whose keys are
 * {@code sim.<component name>} (for example {@code sim.failureRate=0.2}).
 *
 * @param port                       TCP port on 127.0.0.1; 0 picks a free one
 * @param seed                       seeds video ids and every random fault decision, for repeatable runs
 * @param renderMillisPerVideoSecond how long a job stays {@code in_progress} per second of video
 * @param failureRate                share of accepted jobs (0..1) that end {@code failed}
 * @param moderationWords            a prompt containing one of these words (any case) ends {@code failed}
 *                                   with {@code error.code = moderation_blocked}, and {@code /moderations}
 *                                   flags it
 * @param serverErrorBurst           the first n requests answer 500 / 503 alternately
 * @param slowResponseMillis         delay before every response
 * @param resetDownloadAfterBytes    the first download of each content variant is cut after this many
 *                                   bytes; -1 switches it off
 * @param stickAt99                  jobs stay {@code in_progress} at 99 % although their content is
 *                                   downloadable
 * @param validKeys                  bearer keys accepted; empty accepts any key
 * @param requestsPerMinute          per-key request budget, refilled continuously
 * @param maxConcurrentJobs          jobs rendering at once; later ones wait {@code queued}; 0 = no limit
 * @param createQuota                creates and remixes accepted per key before 429
 *                                   {@code insufficient_quota}; -1 = no quota
 * @param stateDirectory             where accepted jobs, rendered clips and the last port are kept so that
 *                                   a restarted simulator serves the same jobs; null keeps everything in
 *                                   memory and in a temporary folder
 * @param videosSunset               when set, every {@code /videos} response announces the end of the
 *                                   endpoint the way RFC 8594 servers do ({@code Deprecation: true},
 *                                   {@code Sunset: <date>}), as OpenAI's own endpoints were retired on
 *                                   2026-09-24; null sends no such headers
 * @param createServerError          0, or a 5xx status that every create and remix answers without accepting
 *                                   the job (a gateway whose upstream fails)
 * @param listVideos                 whether {@code GET /videos} is served; false answers it 404 "Invalid URL",
 *                                   as gateways without a list endpoint do
 * @param modelSunsets               models announced as deprecated, each with the day it stops being served
 *                                   ({@code sim.modelSunsets=sora-2@2027-03-01,...}): every answer about a video of
 *                                   such a model carries {@code Deprecation: true} and {@code Sunset: <date>}, and
 *                                   {@code /models} gives the model that {@code shutdown_date}; empty announces none
 */
public record SimulatorConfig(
        int port,
        long seed,
        long renderMillisPerVideoSecond,
        double failureRate,
        Set<String> moderationWords,
        int serverErrorBurst,
        long slowResponseMillis,
        long resetDownloadAfterBytes,
        boolean stickAt99,
        Set<String> validKeys,
        int requestsPerMinute,
        int maxConcurrentJobs,
        long createQuota,
        Path stateDirectory,
        LocalDate videosSunset,
        int createServerError,
        boolean listVideos,
        Map<String, LocalDate> modelSunsets) {

    /** Prefix of every property key. */
    public static final String PREFIX = "sim.";
    private static final String STATE_DIRECTORY_KEY = PREFIX + "stateDirectory";

    public SimulatorConfig {
        require(port >= 0 && port <= 65535, "port", "a TCP port 0..65535", port);
        require(renderMillisPerVideoSecond >= 0, "renderMillisPerVideoSecond", "0 or more", renderMillisPerVideoSecond);
        require(failureRate >= 0 && failureRate <= 1, "failureRate", "a number between 0 and 1", failureRate);
        require(serverErrorBurst >= 0, "serverErrorBurst", "0 or more", serverErrorBurst);
        require(slowResponseMillis >= 0, "slowResponseMillis", "0 or more", slowResponseMillis);
        require(resetDownloadAfterBytes >= -1, "resetDownloadAfterBytes", "-1 (off) or a byte count", resetDownloadAfterBytes);
        require(requestsPerMinute >= 1, "requestsPerMinute", "1 or more", requestsPerMinute);
        require(maxConcurrentJobs >= 0, "maxConcurrentJobs", "0 (no limit) or more", maxConcurrentJobs);
        require(createQuota >= -1, "createQuota", "-1 (no quota) or a count", createQuota);
        require(createServerError == 0 || (createServerError >= 500 && createServerError <= 599), "createServerError",
                "0 (off) or a status 500..599", createServerError);
        moderationWords = moderationWords.stream()
                .map(word -> word.trim().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        validKeys = Set.copyOf(validKeys);
        modelSunsets = Map.copyOf(modelSunsets);
        stateDirectory = stateDirectory == null ? null : stateDirectory.toAbsolutePath().normalize();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this config's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads a config from {@code sim.*} properties; keys not given keep their defaults.
     *
     * @throws IllegalArgumentException naming the key and what is wrong with its value
     */
    public static SimulatorConfig fromProperties(Properties properties) {
        Builder builder = builder();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                builder.set(name, properties.getProperty(name));
            }
        }
        return builder.build();
    }

    /**
     * Reads a {@code .properties} file, then lets {@code -Dsim.*} system properties override it. A
     * relative {@code sim.stateDirectory} in the file is resolved against the file's folder.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file, the key and what is wrong
     */
    public static SimulatorConfig fromFile(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String stateDirectory = properties.getProperty(STATE_DIRECTORY_KEY);
        if (stateDirectory != null && !stateDirectory.isBlank()) {
            Path folder = FilePaths.folder(file.toAbsolutePath());
            properties.setProperty(STATE_DIRECTORY_KEY, folder.resolve(stateDirectory.trim()).toString());
        }
        properties.putAll(systemOverrides());
        try {
            return fromProperties(properties);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The defaults overridden by {@code -Dsim.*} system properties. */
    public static SimulatorConfig fromSystemProperties() {
        return fromProperties(systemOverrides());
    }

    private static Properties systemOverrides() {
        Properties overrides = new Properties();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .forEach(name -> overrides.setProperty(name, System.getProperty(name)));
        return overrides;
    }

    private static void require(boolean ok, String key, String expected, Object actual) {
        if (!ok) {
            throw new IllegalArgumentException(PREFIX + key + ": expected " + expected + ", got " + actual);
        }
    }

    /** Collects config values; {@link #build()} checks them. */
    public static final class Builder {
        /** One generator for every builder's default seed, so seeds are not drawn from a fresh generator each time. */
        private static final SecureRandom SEEDS = new SecureRandom();

        private int port;
        private long seed = SEEDS.nextLong();
        private long renderMillisPerVideoSecond = 500;
        private double failureRate;
        private Set<String> moderationWords = Set.of();
        private int serverErrorBurst;
        private long slowResponseMillis;
        private long resetDownloadAfterBytes = -1;
        private boolean stickAt99;
        private Set<String> validKeys = Set.of();
        private int requestsPerMinute = 600;
        private int maxConcurrentJobs;
        private long createQuota = -1;
        private Path stateDirectory;
        private LocalDate videosSunset;
        private int createServerError;
        private boolean listVideos = true;
        private Map<String, LocalDate> modelSunsets = Map.of();

        private Builder() {
        }

        private Builder(SimulatorConfig config) {
            port = config.port;
            seed = config.seed;
            renderMillisPerVideoSecond = config.renderMillisPerVideoSecond;
            failureRate = config.failureRate;
            moderationWords = config.moderationWords;
            serverErrorBurst = config.serverErrorBurst;
            slowResponseMillis = config.slowResponseMillis;
            resetDownloadAfterBytes = config.resetDownloadAfterBytes;
            stickAt99 = config.stickAt99;
            validKeys = config.validKeys;
            requestsPerMinute = config.requestsPerMinute;
            maxConcurrentJobs = config.maxConcurrentJobs;
            createQuota = config.createQuota;
            stateDirectory = config.stateDirectory;
            videosSunset = config.videosSunset;
            createServerError = config.createServerError;
            listVideos = config.listVideos;
            modelSunsets = config.modelSunsets;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Without a seed each run draws a random one (so ids differ between runs). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder renderMillisPerVideoSecond(long millis) {
            this.renderMillisPerVideoSecond = millis;
            return this;
        }

        public Builder failureRate(double rate) {
            this.failureRate = rate;
            return this;
        }

        public Builder moderationWords(Set<String> words) {
            this.moderationWords = Set.copyOf(words);
            return this;
        }

        public Builder serverErrorBurst(int n) {
            this.serverErrorBurst = n;
            return this;
        }

        public Builder slowResponseMillis(long millis) {
            this.slowResponseMillis = millis;
            return this;
        }

        public Builder resetDownloadAfterBytes(long bytes) {
            this.resetDownloadAfterBytes = bytes;
            return this;
        }

        public Builder stickAt99(boolean stick) {
            this.stickAt99 = stick;
            return this;
        }

        public Builder validKeys(Set<String> keys) {
            this.validKeys = Set.copyOf(keys);
            return this;
        }

        public Builder requestsPerMinute(int requests) {
            this.requestsPerMinute = requests;
            return this;
        }

        public Builder maxConcurrentJobs(int jobs) {
            this.maxConcurrentJobs = jobs;
            return this;
        }

        public Builder createQuota(long creates) {
            this.createQuota = creates;
            return this;
        }

        /** Keeps jobs and rendered clips in this folder across restarts; null (the default) keeps them in memory. */
        public Builder videosSunset(LocalDate date) {
            this.videosSunset = date;
            return this;
        }

        public Builder stateDirectory(Path folder) {
            this.stateDirectory = folder;
            return this;
        }

        /** Every create and remix answers this 5xx status (0, the default, switches it off). */
        public Builder createServerError(int status) {
            this.createServerError = status;
            return this;
        }

        /** False answers {@code GET /videos} with 404 "Invalid URL", like a gateway without a list endpoint. */
        public Builder listVideos(boolean served) {
            this.listVideos = served;
            return this;
        }

        /** Announces each model as deprecated until the day given, when it stops being served. */
        public Builder modelSunsets(Map<String, LocalDate> sunsets) {
            this.modelSunsets = Map.copyOf(sunsets);
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(port, seed, renderMillisPerVideoSecond, failureRate, moderationWords,
                    serverErrorBurst, slowResponseMillis, resetDownloadAfterBytes, stickAt99, validKeys,
                    requestsPerMinute, maxConcurrentJobs, createQuota, stateDirectory, videosSunset, createServerError,
                    listVideos, modelSunsets);
        }

        /** Sets one value from its property key, e.g. {@code sim.failureRate}. */
        Builder set(String key, String rawValue) {
            String value = rawValue.trim();
            switch (key.substring(PREFIX.length())) {
                case "port" -> port(parseInt(key, value));
                case "seed" -> seed(parseLong(key, value));
                case "renderMillisPerVideoSecond" -> renderMillisPerVideoSecond(parseLong(key, value));
                case "failureRate" -> failureRate(parseDouble(key, value));
                case "moderationWords" -> moderationWords(parseList(value));
                case "serverErrorBurst" -> serverErrorBurst(parseInt(key, value));
                case "slowResponseMillis" -> slowResponseMillis(parseLong(key, value));
                case "resetDownloadAfterBytes" -> resetDownloadAfterBytes(parseLong(key, value));
                case "stickAt99" -> stickAt99(parseBoolean(key, value));
                case "validKeys" -> validKeys(parseList(value));
                case "requestsPerMinute" -> requestsPerMinute(parseInt(key, value));
                case "maxConcurrentJobs" -> maxConcurrentJobs(parseInt(key, value));
                case "createQuota" -> createQuota(parseLong(key, value));
                case "stateDirectory" -> stateDirectory(parsePath(key, value));
                case "videosSunset" -> videosSunset(parseDate(key, value));
                case "createServerError" -> createServerError(parseInt(key, value));
                case "listVideos" -> listVideos(parseBoolean(key, value));
                case "modelSunsets" -> modelSunsets(parseSunsets(key, value));
                default -> throw new IllegalArgumentException(key + ": unknown setting; known are "
                        + PREFIX + "port, seed, renderMillisPerVideoSecond, failureRate, moderationWords, "
                        + "serverErrorBurst, slowResponseMillis, resetDownloadAfterBytes, stickAt99, validKeys, "
                        + "requestsPerMinute, maxConcurrentJobs, createQuota, stateDirectory, videosSunset, createServerError, "
                        + "listVideos, modelSunsets");
            }
            return this;
        }

        private static long parseLong(String key, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": expected a whole number, got '" + value + "'", e);
            }
        }

        private static int parseInt(String key, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": expected a whole number, got '" + value + "'", e);
            }
        }

        private static double parseDouble(String key, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": expected a number, got '" + value + "'", e);
            }
        }

        private static boolean parseBoolean(String key, String value) {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            throw new IllegalArgumentException(key + ": expected true or false, got '" + value + "'");
        }

        /** An empty value means no state directory. */
        private static Path parsePath(String key, String value) {
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(key + ": expected a folder path, got '" + value + "' ("
                        + e.getReason() + ")", e);
            }
        }

        /** An empty value means no sunset announcement. */
        private static LocalDate parseDate(String key, String value) {
            if (value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + ": expected a date like 2026-09-24, got '" + value + "'", e);
            }
        }

        /** {@code model@date} items, comma-separated. */
        private static Map<String, LocalDate> parseSunsets(String key, String value) {
            Map<String, LocalDate> sunsets = new LinkedHashMap<>();
            for (String item : parseList(value)) {
                int at = item.lastIndexOf('@');
                if (at <= 0 || item.substring(at + 1).isBlank()) {
                    throw new IllegalArgumentException(key + ": expected model@date items like sora-2@2027-03-01, got '"
                            + item + "'");
                }
                sunsets.put(item.substring(0, at).trim(), parseDate(key, item.substring(at + 1)));
            }
            return sunsets;
        }

        private static Set<String> parseList(String value) {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
