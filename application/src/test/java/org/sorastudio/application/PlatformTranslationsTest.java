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
package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform's own texts in Spanish, French, German and Japanese, as the branding module ships them: the built
 * studio's {@code modules/locale/NAME_sorastudio_LANG.jar}, each holding {@code Bundle_sorastudio_LANG.properties}
 * beside the platform's {@code Bundle.properties} in the jar {@code NAME.jar}. Every translated key must be one the
 * platform has (a key it no longer reads would silently show English), keep the arguments and the mnemonic of the
 * English (the studio's branded English where it has one), and be there in all four languages.
 */
class PlatformTranslationsTest {

    private static final List<String> LANGUAGES = List.of("es", "fr", "de", "ja");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern MNEMONIC = Pattern.compile("&[^\\s&;]");

    @Test
    void everyTranslatedPlatformTextHasItsKeyArgumentsAndMnemonicInEveryLanguage() throws IOException {
        Path application = StudioLaunch.builtApplication();
        Path locale = application.resolve("sorastudio/modules/locale");
        Map<String, Map<String, Properties>> translations = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> jars = Files.list(locale)) {
            for (Path jar : jars.toList()) {
                Matcher name = Pattern.compile("(.+)_sorastudio_(\\w+)\\.jar").matcher(jar.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                assertThat(LANGUAGES).as(jar.toString()).contains(name.group(2));
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (String entry : file.stream().map(e -> e.getName()).filter(e -> e.endsWith(".properties")).toList()) {
                        String bundle = name.group(1) + "!" + entry.replace("_sorastudio_" + name.group(2), "");
                        Properties texts = load(file.getInputStream(file.getEntry(entry)));
                        translations.computeIfAbsent(bundle, b -> new TreeMap<>()).put(name.group(2), texts);
                    }
                }
            }
        }
        assertThat(translations).as("platform bundles translated by the branding module").hasSizeGreaterThanOrEqualTo(15);
        int keys = 0;
        for (Map.Entry<String, Map<String, Properties>> bundle : translations.entrySet()) {
            String jarName = bundle.getKey().substring(0, bundle.getKey().indexOf('!'));
            String path = bundle.getKey().substring(bundle.getKey().indexOf('!') + 1);
            Properties english = platformBundle(application, jarName, path).orElse(null);
            if (english == null) {
                problems.add(bundle.getKey() + ": the platform has no such bundle");
                continue;
            }
            Optional<Properties> branded = brandedEnglish(locale, jarName, path);
            branded.ifPresent(english::putAll);
            Set<String> firstKeys = null;
            for (String language : LANGUAGES) {
                Properties translated = bundle.getValue().get(language);
                if (translated == null) {
                    problems.add(bundle.getKey() + ": no " + language + " translation");
                    continue;
                }
                Set<String> these = new TreeSet<>(translated.stringPropertyNames());
                if (firstKeys == null) {
                    firstKeys = these;
                } else if (!firstKeys.equals(these)) {
                    problems.add(bundle.getKey() + " " + language + ": keys " + these + " differ from " + firstKeys);
                }
                for (String key : these) {
                    keys++;
                    String source = english.getProperty(key);
                    String text = translated.getProperty(key);
                    if (source == null) {
                        problems.add(bundle.getKey() + " " + language + ": the platform has no key " + key);
                    } else if (!arguments(source).equals(arguments(text))) {
                        problems.add(bundle.getKey() + " " + language + ": " + key + " has arguments " + arguments(text)
                                + " where the English has " + arguments(source));
                    } else if (MNEMONIC.matcher(source).find() && !source.startsWith("<") && !MNEMONIC.matcher(text).find()) {
                        problems.add(bundle.getKey() + " " + language + ": " + key + " lost the mnemonic of \"" + source + "\"");
                    }
                }
            }
        }
        assertThat(keys).as("translated platform texts").isGreaterThan(600);
        assertThat(problems).as("translation problems").isEmpty();
    }

    /** The platform's own {@code path} in {@code NAME.jar}, wherever the build put that jar. */
    private static Optional<Properties> platformBundle(Path application, String jarName, String path) throws IOException {
        try (Stream<Path> all = Files.walk(application.resolve("platform"))) {
            for (Path jar : all.filter(p -> p.getFileName().toString().equals(jarName + ".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    if (file.getEntry(path) != null) {
                        return Optional.of(load(file.getInputStream(file.getEntry(path))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The studio's English for texts that name the IDE: {@code NAME_sorastudio.jar}'s {@code Bundle_sorastudio}. */
    private static Optional<Properties> brandedEnglish(Path locale, String jarName, String path) throws IOException {
        Path jar = locale.resolve(jarName + "_sorastudio.jar");
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getEntry(path.replace(".properties", "_sorastudio.properties"));
            return entry == null ? Optional.empty() : Optional.of(load(file.getInputStream(entry)));
        }
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
