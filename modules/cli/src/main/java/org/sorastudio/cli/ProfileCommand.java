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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openide.util.Lookup;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.profiles.api.ProfileFileException;
import org.sorastudio.profiles.api.ProfileTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The studio's server profiles from the command line: the same {@code config.json} the studio's Profiles tab edits,
 * the same file format as its Export… and Import… buttons (the profiles module's {@link ProfileTransfer}), and the
 * headless credential store for keys.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"The studio's server profiles: list them, export them without their keys, import them, give one a key."},
        subcommands = {ProfileCommand.ListProfiles.class, ProfileCommand.Export.class, ProfileCommand.Import.class,
            ProfileCommand.Key.class})
final class ProfileCommand {

    private ProfileCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists the profiles: name, base URL, whether this machine has a key for it (environment or "
                + "credentials file), and which one the studio generates with."})
    static final class ListProfiles implements Callable<Integer> {

        @Option(names = "--json", description = "one JSON event per profile")
        boolean json;

        @Override
        public Integer call() {
            Settings settings = store().get();
            HeadlessCredentialStore keys = new CliCredentialStore().headless();
            List<Profile> all = new ArrayList<>();
            all.add(Profile.offlineSimulator());
            settings.profiles().stream().filter(profile -> !profile.isSimulator()).forEach(all::add);
            for (Profile profile : all) {
                boolean hasKey = profile.isSimulator() || keys.read(profile.keyringKey()).isPresent();
                boolean active = profile.name().equals(settings.activeProfile());
                if (json) {
                    JsonObject event = JsonReporter.event("profile");
                    event.addProperty("name", profile.name());
                    event.addProperty("baseUrl", profile.baseUrl());
                    event.addProperty("hasKey", hasKey);
                    event.addProperty("active", active);
                    JsonArray headers = new JsonArray();
                    profile.extraHeaderNames().forEach(headers::add);
                    event.add("extraHeaderNames", headers);
                    event.add("tuning", Json.COMPACT.toJsonTree(profile.tuning()));
                    System.out.println(event);
                } else {
                    System.out.println(profile.name() + "\t" + (profile.isSimulator() ? "embedded" : profile.baseUrl()) + "\t"
                            + (hasKey ? "key" : "no key") + (active ? "\tactive" : ""));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes profiles to FILE for another machine or person: names, base URLs, organization and "
                + "project, gateway header names and tuning; never a key or a header's value."})
    static final class Export implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the file to write (replaced if it exists)")
        Path file;

        @Parameters(index = "1..*", paramLabel = "NAME", description = "the profiles to export (default: all)")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() {
            List<Profile> profiles = store().get().profiles().stream().filter(profile -> !profile.isSimulator()).toList();
            List<String> unknown = names.stream().filter(name -> profiles.stream().noneMatch(p -> p.name().equals(name))).toList();
            if (!unknown.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "there is no profile " + quoted(unknown) + "; the profiles are: "
                        + quoted(profiles.stream().map(Profile::name).toList()) + ".");
            }
            List<Profile> chosen = names.isEmpty() ? profiles : profiles.stream().filter(p -> names.contains(p.name())).toList();
            if (chosen.isEmpty()) {
                throw new CliException(ExitCode.INVALID_INPUT, "there are no server profiles to export (add one in the studio's "
                        + "Tools > Options > Sora Studio > Profiles, or import a file).");
            }
            try {
                new ProfileTransfer(new CliCredentialStore()).export(chosen, file);
            } catch (IOException e) {
                throw new CliException(ExitCode.FAILURE, "cannot write " + file + ": " + e.getMessage());
            }
            System.out.println("exported " + chosen.size() + (chosen.size() == 1 ? " profile" : " profiles") + " to " + file
                    + " (without keys or header values): " + quoted(chosen.stream().map(Profile::name).toList()));
            return ExitCode.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds the profiles of FILE (written by Export… or profile export) to the studio's. A name that is "
                + "taken by another profile comes in as \"Name (2)\"; one that is there already unchanged is skipped. "
                + "Keys are not in the file: it says which profiles need one."})
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "a profiles file")
        Path file;

        @Override
        public Integer call() {
            SettingsStore store = store();
            CliCredentialStore keys = new CliCredentialStore();
            ProfileTransfer.Result result;
            try {
                result = new ProfileTransfer(keys).importFrom(file, store.get().profiles());
                if (!result.imported().isEmpty()) {
                    store.update(settings -> settings.withProfiles(settings.activeProfile(), result.profiles()));
                }
            } catch (ProfileFileException e) {
                throw new CliException(ExitCode.INVALID_INPUT, "cannot import " + e.getMessage() + "; nothing was imported.");
            } catch (IOException e) {
                throw new CliException(ExitCode.FAILURE, "cannot save the profiles in " + store.path() + ": " + e.getMessage());
            }
            for (ProfileTransfer.Imported imported : result.imported()) {
                System.out.println(imported.renamed() ? "imported \"" + imported.nameInFile() + "\" as \"" + imported.profile().name()
                        + "\" (that name was taken)" : "imported \"" + imported.profile().name() + "\"");
            }
            result.unchanged().forEach(name -> System.out.println("unchanged \"" + name + "\" (already there)"));
            for (ProfileTransfer.Imported imported : result.needingSecrets()) {
                Profile profile = imported.profile();
                if (imported.needsKey()) {
                    System.out.println("needs a key: " + ServerConnections.noKey(keys.headless(), profile));
                }
                for (String header : imported.missingHeaders()) {
                    System.out.println("needs a value for its header " + header + ": run \"sorastudio-cli profile key "
                            + ServerConnections.quoted(profile.name()) + " --header " + header + "\", or set "
                            + HeadlessCredentialStore.variableFor(CredentialStore.headerKey(profile, header)).orElseThrow() + ".");
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = {"Reads a profile's API key (or, with --header, a gateway header's value) from standard input and "
                + "keeps it in the credentials file beside the studio's settings, readable by you alone. Without a keyring "
                + "(a headless machine) the CLI reads keys from there."})
    static final class Key implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "the profile")
        String name;

        @Option(names = "--header", paramLabel = "HEADER", description = "one of the profile's gateway headers")
        String header;

        @Override
        public Integer call() {
            Settings settings = store().get();
            Profile profile = settings.profiles().stream().filter(p -> p.name().equals(name) && !p.isSimulator()).findFirst()
                    .orElseThrow(() -> new CliException(ExitCode.USAGE, "there is no server profile \"" + name + "\"; the profiles are: "
                            + quoted(settings.profiles().stream().map(Profile::name).toList()) + "."));
            if (header != null && !profile.extraHeaderNames().contains(header)) {
                throw new CliException(ExitCode.USAGE, "profile \"" + name + "\" has no header " + header + "; its headers are: "
                        + quoted(profile.extraHeaderNames()) + ".");
            }
            String secret = readSecret();
            if (secret.isEmpty()) {
                throw new CliException(ExitCode.INVALID_INPUT, "nothing on standard input: pipe the key in, e.g. "
                        + "\"sorastudio-cli profile key " + ServerConnections.quoted(name) + " < key.txt\".");
            }
            CliCredentialStore keys = new CliCredentialStore();
            try {
                keys.save(header == null ? profile.keyringKey() : CredentialStore.headerKey(profile, header), secret,
                        "Sora Studio " + (header == null ? "API key" : header) + " for " + name);
            } catch (UncheckedIOException | HeadlessCredentialStore.UnsafeCredentialsException e) {
                throw new CliException(ExitCode.FAILURE, e.getMessage());
            }
            System.out.println("kept the " + (header == null ? "key" : "value of " + header) + " of \"" + name + "\" in "
                    + keys.headless().file());
            return ExitCode.OK;
        }

        private static String readSecret() {
            if (System.console() != null) {
                char[] typed = System.console().readPassword("Key for the profile (not shown): ");
                return typed == null ? "" : new String(typed).strip();
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line.strip();
            } catch (IOException e) {
                throw new CliException(ExitCode.FAILURE, "cannot read standard input: " + e.getMessage());
            }
        }
    }

    private static SettingsStore store() {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store == null) {
            throw new IllegalStateException("no SettingsStore in Lookup; the core module registers one");
        }
        return store;
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
