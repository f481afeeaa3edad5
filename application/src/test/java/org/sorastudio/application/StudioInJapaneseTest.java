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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.l10n.LanguageChoice;
import org.sorastudio.core.l10n.StudioLanguage;
import org.sorastudio.core.settings.SettingsStore;

/**
 * The "done when": a user chose Light, text at 120 % and 日本語 in Tools &gt; Options and restarted. The user
 * directory is left as the Options window's OK leaves it (the same {@code SettingsStore.update} and
 * {@code LanguageChoice.choose} the Appearance and Language tabs call; studio-ui's {@code StudioOptionsWindowTest} and
 * {@code LanguageOptionsTest} drive those tabs), then the built studio starts. With every window open
 * ({@link StudioLanguageAgent}), the look and feel is FlatLaf Light, labels and buttons are drawn at 120 % of its own
 * size, and no visible text is English: not in the windows, not in the main menu bar (the platform's own menus,
 * translated in the branding module), not on the Options window's buttons and categories, not in Help &gt; Keyboard
 * Shortcuts.
 */
class StudioInJapaneseTest {

    /** A Japanese letter: kana or a CJK ideograph. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** An English word: three Latin letters or more that are not a name, a unit or a format. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** What stays as it is in Japanese: names, formats, units, codes. */
    private static final Pattern NOT_ENGLISH = Pattern.compile(
            "(?i)\\b(Sora|Studio|OpenAI|API|JSON|CSV|URL|MP4|PNG|JPEG|WebP|GB|MB|KB|fps|ID|sora-\\d\\S*|NetBeans|Web|Java"
            + "|Esc|Ctrl|Shift|Alt|Enter|Space|Tab|Home|End|Delete|Backspace|F\\d+|Left|Right|Up|Down|Page)\\b");

    @TempDir
    Path folder;

    @Test
    void lightAt120PercentInJapaneseReachesEveryWindowAfterARestart() throws Exception {
        Path userdir = folder.resolve("userdir");
        new SettingsStore(userdir.resolve("sorastudio").resolve(SettingsStore.FILE_NAME))
                .update(settings -> settings.withAppearance("com.formdev.flatlaf.FlatLightLaf", 120));
        LanguageChoice.inUserDirectory(userdir).choose(StudioLanguage.JAPANESE);

        Path agent = WindowOpenerAgent.pack(folder, StudioLanguageAgent.class);
        Path report = folder.resolve("report.txt");
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder, "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLine(report, StudioLanguageAgent.FINISHED);
            studio.quit();
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as("windows and dialogs opened").noneMatch(line -> line.startsWith(WindowOpenerAgent.FAILED));
        assertThat(lines).as("the look and feel").contains(StudioLanguageAgent.LAF + "com.formdev.flatlaf.FlatLightLaf");

        List<String> menus = after(lines, StudioLanguageAgent.MENU);
        assertThat(menus).as("the main menu bar's menus").hasSizeGreaterThanOrEqualTo(6)
                .allMatch(menu -> JAPANESE.matcher(menu).find(), "written in Japanese")
                .contains("ファイル(F)", "編集(E)", "表示(V)", "ツール(T)", "ウィンドウ(W)", "ヘルプ(H)");
        List<String> options = after(lines, StudioLanguageAgent.OPTIONS);
        assertThat(options).as("the Options window's title, categories and buttons")
                .contains("title: オプション", "JButton: 適用", "JButton: キャンセル", "JButton: エクスポート(T)...",
                        "CategoryButton: 一般(G)", "CategoryButton: キーマップ(K)", "CategoryButton: 外観");
        assertThat(after(lines, StudioLanguageAgent.SHORTCUTS)).as("Help > Keyboard Shortcuts").isNotEmpty();

        List<String> shown = lines.stream().filter(line -> line.startsWith(WindowOpenerAgent.TEXT))
                .map(line -> line.substring(WindowOpenerAgent.TEXT.length())).toList();
        List<String> dialogs = lines.stream().filter(line -> line.startsWith(StudioLanguageAgent.OPTIONS)
                || line.startsWith(StudioLanguageAgent.SHORTCUTS)).toList();
        assertThat(shown).as("texts in the windows").hasSizeGreaterThan(60);
        assertThat(concat(shown, dialogs)).as("texts still in English").filteredOn(StudioInJapaneseTest::english).isEmpty();

        float own = Float.parseFloat(after(lines, StudioLanguageAgent.SIZE + "own ").get(0));
        List<Float> sizes = after(lines, StudioLanguageAgent.SIZE).stream().filter(line -> !line.startsWith("own "))
                .map(line -> Float.parseFloat(line.substring(0, line.indexOf(' ')))).toList();
        assertThat(own).as("the look and feel's own text size").isGreaterThan(8f);
        assertThat(sizes).as("labels and buttons measured").hasSizeGreaterThan(60);
        long atScale = sizes.stream().filter(size -> size >= own * 1.2f - 0.5f).count();
        assertThat(atScale).as("labels and buttons at 120 %% of %s pt or more, of %s: %s", own, sizes.size(), sizes)
                .isGreaterThanOrEqualTo(sizes.size() * 95L / 100);
    }

    /** A text the user reads as English: a Latin word that is no name or format, and no Japanese at all. */
    static boolean english(String line) {
        String text = line.substring(line.indexOf(": ") + 2);
        return !JAPANESE.matcher(text).find() && LATIN_WORD.matcher(NOT_ENGLISH.matcher(text).replaceAll("")).find();
    }

    private static List<String> after(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
