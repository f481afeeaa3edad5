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
package org.sorastudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle the studio ships (the {@code Bundle.properties} that {@code @NbBundle.Messages} generates, the
 * ones written by hand, and core's {@code FailureAdvice.properties}) is complete in every language the studio
 * offers: each key translated, with the same MessageFormat arguments, and with a mnemonic where the English
 * has one. Files are read as UTF-8, as {@code NbBundle} and {@code ResourceBundle} read them.
 */
class BundleTranslationsTest {

    /** The languages the studio ships besides English; the Language tab in Options offers the same. */
    static final List<String> LANGUAGES = List.of("es", "fr", "de", "ja");

    private static final Set<String> BUNDLE_FILES = Set.of("Bundle.properties", "FailureAdvice.properties");

    /** {@code &} before a character marks a mnemonic ({@code Mnemonics.setLocalizedText}); {@code "A & B"} does not. */
    /** Japanese marks a Latin letter after the text, as the platform's ja bundles do: {@code 開く(&O)…}. */
    private static final Pattern JAPANESE_MNEMONIC = Pattern.compile("\\(&[A-Za-z0-9]\\)");
    private static final Pattern MNEMONIC = Pattern.compile("&[^\\s&;]+(?![\\w]*;)");

    /**
     * A value that is only an address (the update center's catalog) is not text: a translation must not carry it,
     * or it would hide a distributor's branded address.
     */
    private static final Pattern NOT_TEXT = Pattern.compile("https?://\\S+");

    @Test
    void everyKeyIsTranslatedIntoEveryLanguageWithTheSameArgumentsAndAMnemonic() throws IOException {
        StudioModules modules = new StudioModules();
        List<String> problems = new ArrayList<>();
        int bundles = 0;
        for (String module : new TreeSet<>(StudioModules.LAYERS.keySet())) {
            for (Path english : bundlesOf(modules, module)) {
                bundles++;
                Properties base = load(english);
                for (String language : LANGUAGES) {
                    Path translated = english.resolveSibling(english.getFileName().toString()
                            .replace(".properties", "_" + language + ".properties"));
                    String where = module + ": " + translated.toString().replaceFirst("^/", "");
                    if (!Files.isRegularFile(translated)) {
                        problems.add(where + " is missing (" + base.size() + " keys to translate)");
                        continue;
                    }
                    compare(base, load(translated), where, problems);
                }
            }
        }
        assertThat(bundles).as("bundles found in the modules' classes (a classpath without the modules finds none)")
                .isGreaterThan(20);
        assertThat(problems).as("translation problems").isEmpty();
    }

    @Test
    void theChecksCatchAMissingKeyAWrongArgumentAndALostMnemonic() {
        Properties english = new Properties();
        english.setProperty("gone", "Gone");
        english.setProperty("args", "{0} of {1}");
        english.setProperty("quoted", "{0} clips");
        english.setProperty("apostrophe", "{0} of the clip");
        english.setProperty("mnemonic", "&Generate");
        english.setProperty("ampersand", "Rewrite & Resend");
        english.setProperty("address", "https://example.com/updates.xml.gz");
        Properties french = new Properties();
        french.setProperty("args", "{0} sur {2}");
        french.setProperty("quoted", "l'{0} clips");
        french.setProperty("apostrophe", "{0} de l'extrait");
        french.setProperty("mnemonic", "Générer");
        french.setProperty("ampersand", "Réécrire et renvoyer");
        french.setProperty("stale", "Vieux");
        List<String> problems = new ArrayList<>();
        Properties generate = new Properties();
        generate.setProperty("mnemonic", "&Generate");
        Properties japanese = new Properties();
        japanese.setProperty("mnemonic", "&生成");
        List<String> japaneseProblems = new ArrayList<>();

        compare(english, french, "fr", problems);
        compare(generate, japanese, "ja", japaneseProblems);
        japanese.setProperty("mnemonic", "生成(&G)");
        List<String> rightForm = new ArrayList<>();
        compare(generate, japanese, "ja", rightForm);

        assertThat(japaneseProblems).singleElement().asString().contains("mnemonic", "(&X)");
        assertThat(rightForm).isEmpty();

        assertThat(problems).hasSize(7).anyMatch(p -> p.contains("gone") && p.contains("missing"))
                .anyMatch(p -> p.contains("args")).anyMatch(p -> p.contains("quoted"))
                .anyMatch(p -> p.contains("apostrophe") && p.contains("''"))
                .anyMatch(p -> p.contains("mnemonic")).anyMatch(p -> p.contains("stale"));
    }

    private static void compare(Properties english, Properties translated, String where, List<String> problems) {
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String source = english.getProperty(key);
            if (NOT_TEXT.matcher(source).matches()) {
                continue;
            }
            String text = translated.getProperty(key);
            if (text == null || text.isBlank()) {
                problems.add(where + ": " + key + " is missing");
                continue;
            }
            Set<Integer> expected = arguments(source);
            Set<Integer> found = arguments(text);
            if (!expected.equals(found)) {
                problems.add(where + ": " + key + " has arguments " + found + " where the English has " + expected
                        + " (an apostrophe before an argument is written '')");
            }
            if (!expected.isEmpty() && strayApostrophe(text) && !strayApostrophe(source)) {
                problems.add(where + ": " + key + " has arguments, so MessageFormat drops a lone apostrophe: write ''");
            }
            if (hasMnemonic(source) && !hasMnemonic(text)) {
                problems.add(where + ": " + key + " lost the mnemonic of \"" + source + "\"");
            } else if ("ja".equals(where) && hasMnemonic(text) && !JAPANESE_MNEMONIC.matcher(text).find()) {
                problems.add(where + ": " + key + " marks its mnemonic as Japanese menus do not: write \"テキスト(&X)\" (\"" + text
                        + "\")");
            }
        }
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            if (english.getProperty(key) == null) {
                problems.add(where + ": " + key + " is no longer in the English bundle");
            }
        }
    }

    private static boolean strayApostrophe(String text) {
        return text.replace("''", "").indexOf('\'') >= 0;
    }

    private static boolean hasMnemonic(String text) {
        return !text.startsWith("<html>") && MNEMONIC.matcher(text).find();
    }

    /**
     * The argument numbers MessageFormat fills in: those outside quotes. A text without arguments is shown as is
     * (NbBundle formats only when arguments are given), so a lone apostrophe there is plain text.
     */
    static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        if (!text.matches("(?s).*\\{\\d.*")) {
            return found;
        }
        Object[] markers = new Object[10];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "\u0001" + i + "\u0002";
        }
        try {
            MessageFormat format = new MessageFormat(text);
            Object[] args = markers.clone();
            Object[] formats = format.getFormatsByArgumentIndex();
            for (int i = 0; i < formats.length && i < args.length; i++) {
                if (formats[i] != null) {
                    args[i] = 1;
                    found.add(i);
                }
            }
            String out = format.format(args);
            for (int i = 0; i < markers.length; i++) {
                if (out.contains((String) markers[i])) {
                    found.add(i);
                }
            }
        } catch (IllegalArgumentException e) {
            found.add(-1);
        }
        return found;
    }

    private static List<Path> bundlesOf(StudioModules modules, String module) throws IOException {
        String root = modules.rootOf(module).orElse(null);
        if (root == null) {
            return List.of();
        }
        Path top;
        if (root.startsWith("jar:")) {
            String jar = root.substring("jar:".length(), root.indexOf("!/"));
            FileSystem zip = FileSystems.newFileSystem(Path.of(URI.create(jar)), (ClassLoader) null);
            top = zip.getPath("/");
        } else {
            top = Path.of(URI.create(root));
        }
        try (Stream<Path> files = Files.walk(top)) {
            return files.filter(f -> BUNDLE_FILES.contains(String.valueOf(f.getFileName()))).sorted().toList();
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read as UTF-8", e);
        }
        return properties;
    }
}
