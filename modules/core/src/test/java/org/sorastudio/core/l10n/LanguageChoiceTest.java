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
package org.sorastudio.core.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageChoiceTest {

    @TempDir
    Path userdir;

    @Test
    void aChoiceAddsTheLaunchersLocaleOptionAndKeepsTheUsersOwnLines() throws IOException {
        Path conf = userdir.resolve("etc/sorastudio.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "jdkhome=\"/opt/jdk\"\n", StandardCharsets.UTF_8);
        LanguageChoice choice = LanguageChoice.inUserDirectory(userdir);

        choice.choose(StudioLanguage.JAPANESE);
        choice.choose(StudioLanguage.GERMAN);

        assertThat(choice.chosenTag()).isEqualTo("de");
        assertThat(Files.readAllLines(conf)).startsWith("jdkhome=\"/opt/jdk\"")
                .containsOnlyOnce("default_options=\"${default_options} --locale de\"")
                .noneMatch(line -> line.contains("--locale ja"));
    }

    @Test
    void theSystemLanguageRemovesTheStudiosLinesAndNoFileMeansTheSystemLanguage() throws IOException {
        LanguageChoice choice = LanguageChoice.inUserDirectory(userdir);
        assertThat(choice.chosenTag()).isEmpty();

        choice.choose(StudioLanguage.FRENCH);
        choice.choose(StudioLanguage.SYSTEM);

        assertThat(choice.chosenTag()).isEmpty();
        assertThat(Files.readString(choice.file())).doesNotContain("locale").doesNotContain("#");
    }

    @Test
    void aTagWrittenByHandIsReadAsWrittenSoTheStudioCanSayItHasNoBundles() throws IOException {
        Path conf = userdir.resolve("etc/sorastudio.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "default_options=\"${default_options} --locale it_IT\"\n", StandardCharsets.UTF_8);

        String tag = LanguageChoice.inUserDirectory(userdir).chosenTag();

        assertThat(tag).isEqualTo("it_IT");
        assertThat(StudioLanguage.forTag(tag)).isEmpty();
        assertThat(StudioLanguage.isTranslated(Locale.ITALY)).isFalse();
        assertThat(StudioLanguage.isTranslated(Locale.JAPAN)).isTrue();
        assertThat(StudioLanguage.forTag("de_AT")).contains(StudioLanguage.GERMAN);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(StudioLanguage.SPANISH.nativeName()).isEqualTo("Español");
        assertThat(StudioLanguage.FRENCH.nativeName()).isEqualTo("Français");
        assertThat(StudioLanguage.GERMAN.nativeName()).isEqualTo("Deutsch");
        assertThat(StudioLanguage.JAPANESE.nativeName()).isEqualTo("日本語");
        assertThat(StudioLanguage.ENGLISH.nativeName()).isEqualTo("English");
    }
}
