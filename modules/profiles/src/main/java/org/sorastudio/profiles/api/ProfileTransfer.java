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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;

/**
 * Profiles to and from a file another machine or person can use, without their secrets: the studio's Profiles tab and
 * the CLI's {@code profile export|import} both call this. A file holds a format name and version and, per profile, its
 * name, base URL, organization, project, the names of its gateway headers and its tuning; never an API key and never a
 * header's value (those stay in the {@link CredentialStore}). It is written atomically.
 *
 * <p>Importing checks the whole file before anything changes: a file that is not JSON, not a profiles file, from a
 * newer version, or with a profile that could not work (no name, a base URL that is not http(s), impossible tuning) is
 * refused with every problem named, and nothing is imported. A profile whose name is taken is skipped when it is the same
 * as the one there, or as the "Name (2)" an earlier import made of it (importing a file twice changes nothing); else it
 * comes in as "Name (2)" (then "(3)"...), so nothing a user has is ever overwritten. The result says which imported
 * profiles still need a key or a header value.
 */
public final class ProfileTransfer {

    /** What the file's {@code format} says. */
    public static final String FORMAT = "sorastudio-profiles";
    /** The version this studio writes and the newest it reads. */
    public static final int VERSION = 1;

    private final CredentialStore credentials;

    /** @param credentials where the import looks for keys and header values the imported profiles already have */
    public ProfileTransfer(CredentialStore credentials) {
        this.credentials = credentials;
    }

    /** Writes {@code profiles} (the offline simulator left out) to {@code file}, atomically, without a secret. */
    public void export(List<Profile> profiles, Path file) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray list = new JsonArray();
        for (Profile profile : profiles) {
            if (profile.isSimulator()) {
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("name", profile.name());
            entry.addProperty("baseUrl", profile.baseUrl());
            entry.addProperty("organizationId", profile.organizationId());
            entry.addProperty("projectId", profile.projectId());
            JsonArray headers = new JsonArray();
            profile.extraHeaderNames().forEach(headers::add);
            entry.add("extraHeaderNames", headers);
            entry.add("tuning", Json.GSON.toJsonTree(profile.tuning()));
            list.add(entry);
        }
        root.add("profiles", list);
        new JsonDataFile(file).write(root);
    }

    /**
     * Reads {@code file} and merges its profiles into {@code existing}.
     *
     * @throws ProfileFileException when the file cannot be used; nothing is imported then
     */
    public Result importFrom(Path file, List<Profile> existing) throws ProfileFileException {
        JsonObject root;
        try {
            root = JsonDataFile.read(file);
        } catch (DataFileException e) {
            throw new ProfileFileException(ProfileFileException.Reason.UNREADABLE, file, e.problem(), e);
        }
        JsonElement format = root.get("format");
        if (format == null || !format.isJsonPrimitive() || !FORMAT.equals(format.getAsString())) {
            throw new ProfileFileException(ProfileFileException.Reason.NOT_PROFILES, file,
                    "it has no \"format\": \"" + FORMAT + "\" (is it a profiles file exported by Sora Studio?)", null);
        }
        int version = version(root, file);
        if (version > VERSION) {
            throw new ProfileFileException(ProfileFileException.Reason.NEWER_VERSION, file, "it was written by a newer Sora Studio "
                    + "(format version " + version + "; this one reads up to " + VERSION + "): update Sora Studio to import it", null);
        }
        JsonElement list = root.get("profiles");
        if (list == null || !list.isJsonArray()) {
            throw new ProfileFileException(ProfileFileException.Reason.NOT_PROFILES, file, "it has no \"profiles\" list", null);
        }
        List<Profile> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonElement element : list.getAsJsonArray()) {
            index++;
            try {
                Profile profile = profile(element);
                if (!names.add(profile.name())) {
                    problems.add("profile " + index + " (\"" + profile.name() + "\"): the file names it twice");
                } else {
                    read.add(profile);
                }
            } catch (RuntimeException e) { // a field of the wrong type, impossible tuning (Gson wraps the record's refusal)
                problems.add("profile " + index + describe(element) + ": " + innermost(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileFileException(ProfileFileException.Reason.INVALID_PROFILES, file, String.join("; ", problems), null);
        }
        return merge(read, existing);
    }

    private Result merge(List<Profile> read, List<Profile> existing) {
        List<Profile> all = new ArrayList<>(existing);
        List<Imported> imported = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Profile profile : read) {
            if (all.stream().anyMatch(p -> sameAs(p, profile))) {
                unchanged.add(profile.name());
                continue;
            }
            boolean taken = all.stream().anyMatch(p -> p.name().equals(profile.name()));
            Profile added = taken ? renamed(profile, all) : profile;
            all.add(added);
            List<String> missingHeaders = added.extraHeaderNames().stream()
                    .filter(header -> credentials.read(CredentialStore.headerKey(added, header)).isEmpty()).toList();
            imported.add(new Imported(profile.name(), added, credentials.read(added.keyringKey()).isEmpty(), missingHeaders));
        }
        return new Result(all, imported, unchanged);
    }

    /** {@code existing} is {@code imported}, under its name or under the "Name (n)" an earlier import gave it. */
    private static boolean sameAs(Profile existing, Profile imported) {
        String name = existing.name();
        boolean sameName = name.equals(imported.name()) || name.startsWith(imported.name() + " (")
                && name.substring(imported.name().length()).matches(" \\([0-9]+\\)");
        return sameName && named(imported, name).equals(existing);
    }

    private static Profile renamed(Profile profile, List<Profile> taken) {
        for (int n = 2; ; n++) {
            String name = profile.name() + " (" + n + ")";
            if (taken.stream().noneMatch(p -> p.name().equals(name))) {
                return named(profile, name);
            }
        }
    }

    private static Profile named(Profile profile, String name) {
        return new Profile(name, profile.baseUrl(), profile.organizationId(), profile.projectId(), profile.extraHeaderNames(),
                profile.tuning());
    }

    private static int version(JsonObject root, Path file) throws ProfileFileException {
        JsonElement version = root.get("version");
        try {
            if (version != null && version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber()) {
                return version.getAsInt();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProfileFileException(ProfileFileException.Reason.NOT_PROFILES, file, "it has no format \"version\" number", null);
    }

    private static Profile profile(JsonElement element) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException("not a profile (a JSON object was expected)");
        }
        JsonObject entry = element.getAsJsonObject();
        String name = text(entry, "name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("it has no name");
        }
        if (Profile.OFFLINE_SIMULATOR.equals(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is the studio's own offline profile");
        }
        String baseUrl = text(entry, "baseUrl");
        checkBaseUrl(baseUrl);
        List<String> headers = new ArrayList<>();
        JsonElement headerNames = entry.get("extraHeaderNames");
        if (headerNames != null && !headerNames.isJsonNull()) {
            for (JsonElement header : headerNames.getAsJsonArray()) {
                String value = header.getAsString();
                if (!value.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
                    throw new IllegalArgumentException("\"" + value + "\" is not a header name");
                }
                headers.add(value);
            }
        }
        JsonElement tuning = entry.get("tuning");
        ProfileTuning parsed = tuning == null || tuning.isJsonNull() ? ProfileTuning.DEFAULTS
                : Json.GSON.fromJson(tuning, ProfileTuning.class);
        return new Profile(name.strip(), baseUrl, text(entry, "organizationId"), text(entry, "projectId"), headers, parsed);
    }

    private static void checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("it has no base URL");
        }
        try {
            URI uri = new URI(baseUrl);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("\"" + baseUrl + "\" is not an http(s) base URL");
    }

    private static String text(JsonObject entry, String field) {
        JsonElement value = entry.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof IllegalArgumentException || e.getMessage() == null ? String.valueOf(cause.getMessage()) : e.getMessage();
    }

    private static String describe(JsonElement element) {
        if (element.isJsonObject()) {
            JsonElement name = element.getAsJsonObject().get("name");
            if (name != null && name.isJsonPrimitive()) {
                return " (\"" + name.getAsString() + "\")";
            }
        }
        return "";
    }

    /**
     * What an import did.
     *
     * @param profiles  every profile afterwards: the existing ones, then those imported (save these)
     * @param imported  the profiles that came in, each under the name it got
     * @param unchanged names in the file that were there already with the same settings
     */
    public record Result(List<Profile> profiles, List<Imported> imported, List<String> unchanged) {

        public Result {
            profiles = List.copyOf(profiles);
            imported = List.copyOf(imported);
            unchanged = List.copyOf(unchanged);
        }

        /** The imported profiles that cannot be used before they get a key or a header value. */
        public List<Imported> needingSecrets() {
            return imported.stream().filter(Imported::needsSecrets).toList();
        }
    }

    /**
     * One imported profile.
     *
     * @param nameInFile     its name in the file
     * @param profile        as imported: under {@code nameInFile}, or "Name (2)" when that was taken
     * @param needsKey       no key is stored for it yet
     * @param missingHeaders its gateway headers with no value stored yet
     */
    public record Imported(String nameInFile, Profile profile, boolean needsKey, List<String> missingHeaders) {

        public Imported {
            Objects.requireNonNull(profile, "profile");
            missingHeaders = List.copyOf(missingHeaders);
        }

        public boolean renamed() {
            return !nameInFile.equals(profile.name());
        }

        public boolean needsSecrets() {
            return needsKey || !missingHeaders.isEmpty();
        }
    }
}
