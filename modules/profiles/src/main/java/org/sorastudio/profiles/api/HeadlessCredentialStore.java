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
package org.sorastudio.profiles.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.sorastudio.core.model.Profile;

/**
 * Secrets where no keyring exists (a headless machine, a CI job): first the environment, then a file only its owner
 * may read. A profile's key is {@code SORA_STUDIO_KEY_<PROFILE>} (the name upper-cased, every other character an
 * underscore), else {@code OPENAI_API_KEY}; a gateway header's value is {@code SORA_STUDIO_HEADER_<PROFILE>_<HEADER>}.
 * The file ({@code credentials.properties} under the user's config folder) holds entries under the keyring's own
 * names; one that others may read is refused with a message that says how to fix it ({@code chmod 600}), and is
 * written with owner-only permissions. The studio and the CLI can both use it through {@link CredentialStore}.
 */
public final class HeadlessCredentialStore implements CredentialStore {

    /** The key every profile falls back to, as OpenAI's own tools read it. */
    public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";
    private static final String KEY_PREFIX = "SORA_STUDIO_KEY_";
    private static final String HEADER_PREFIX = "SORA_STUDIO_HEADER_";
    private static final String PROFILE_PREFIX = "sorastudio.profile.";
    private static final String KEY_SUFFIX = ".apiKey";
    private static final String HEADER_INFIX = ".apiKey.header.";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Map<String, String> environment;
    private final Path file;

    /** @param environment the process's variables ({@code System.getenv()}); @param file the credentials file */
    public HeadlessCredentialStore(Map<String, String> environment, Path file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** The store for this process: its environment, and {@code credentials.properties} in {@code configFolder}. */
    public static HeadlessCredentialStore forProcess(Path configFolder) {
        return new HeadlessCredentialStore(System.getenv(), fileIn(configFolder));
    }

    /** Where the credentials file of {@code configFolder} is. */
    public static Path fileIn(Path configFolder) {
        return configFolder.resolve("credentials.properties");
    }

    /**
     * @throws UnsafeCredentialsException when the file may be read by others than its owner
     */
    @Override
    public Optional<String> read(String key) {
        Optional<String> fromEnvironment = variableFor(key).map(environment::get).filter(value -> !value.isBlank());
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        Optional<String> stored = Optional.ofNullable(load().getProperty(key)).filter(value -> !value.isBlank());
        if (stored.isPresent() || !key.endsWith(KEY_SUFFIX)) {
            return stored;
        }
        return Optional.ofNullable(environment.get(OPENAI_KEY_VARIABLE)).filter(value -> !value.isBlank());
    }

    @Override
    public void save(String key, String secret, String description) {
        Properties entries = load();
        entries.setProperty(key, secret);
        write(entries);
    }

    @Override
    public void delete(String key) {
        Properties entries = load();
        if (entries.remove(key) != null) {
            write(entries);
        }
    }

    /** The file this store reads after the environment (it may not exist yet). */
    public Path file() {
        return file;
    }

    /**
     * How a person gives {@code profile} a key on this machine, as a sentence: its own variable, the file's line (escaped as
     * the file wants it) and {@code OPENAI_API_KEY}; the CLI prints it when a profile has none.
     */
    public String howToGiveKey(Profile profile) {
        StringBuilder line = new StringBuilder();
        for (char c : profile.keyringKey().toCharArray()) {
            line.append(" :=#!\\".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return "set " + variableFor(profile.keyringKey()).orElseThrow() + " (or " + OPENAI_KEY_VARIABLE
                + " for every profile), or add the line \"" + line + "=YOUR_KEY\" to " + file + " (readable by you alone: chmod 600)";
    }

    /** The variable that holds {@code key}'s secret: a profile's key or one of its headers. */
    public static Optional<String> variableFor(String key) {
        if (!key.startsWith(PROFILE_PREFIX)) {
            return Optional.empty();
        }
        int header = key.indexOf(HEADER_INFIX);
        if (header > 0) {
            return Optional.of(HEADER_PREFIX + variablePart(key.substring(PROFILE_PREFIX.length(), header)) + "_"
                    + variablePart(key.substring(header + HEADER_INFIX.length())));
        }
        if (key.endsWith(KEY_SUFFIX)) {
            return Optional.of(KEY_PREFIX + variablePart(key.substring(PROFILE_PREFIX.length(), key.length() - KEY_SUFFIX.length())));
        }
        return Optional.empty();
    }

    private static String variablePart(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private Properties load() {
        Properties entries = new Properties();
        if (!Files.exists(file)) {
            return entries;
        }
        refuseIfOthersMayRead();
        try (InputStream in = Files.newInputStream(file)) {
            entries.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private void refuseIfOthersMayRead() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new UnsafeCredentialsException(file + " holds API keys but others may read it ("
                        + PosixFilePermissions.toString(permissions) + "): run \"chmod 600 " + file + "\" and try again.");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile folder is private already
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Written to an owner-only temporary file beside it and moved over it atomically, so the secrets are never readable by
     * others, not even half written (core's {@code AtomicFile} keeps a backup copy, which a secrets file must not).
     */
    private void write(Properties entries) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary;
            try {
                temporary = Files.createTempFile(folder, ".credentials", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                temporary = Files.createTempFile(folder, ".credentials", ".tmp"); // not POSIX: the folder is private
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                entries.store(out, "Sora Studio API keys and gateway header values; keep this file private (chmod 600)");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The credentials file may be read by others: nothing is read from it until its owner alone may. */
    public static final class UnsafeCredentialsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsafeCredentialsException(String message) {
            super(message);
        }
    }
}
