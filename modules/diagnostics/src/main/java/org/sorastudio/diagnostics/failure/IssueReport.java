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
package org.sorastudio.diagnostics.failure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.diagnostics.bundle.LogBundle;
import org.sorastudio.diagnostics.capture.LogLine;

/**
 * A failure written up for an issue, ready to paste: the studio's facts (version, operating system, Java), the
 * failure with its next step, the extra sections and the last API exchanges the log capture holds. Everything goes
 * through the log bundle's redaction (every known key and header value, and anything shaped like a key), so the
 * report holds no secret even when a log line does.
 */
public final class IssueReport {

    /** API exchanges quoted: the failing one and the few before it. */
    static final int EXCHANGES = 8;
    /** Where openai logs every exchange (see its {@code ExchangeLog}), as the capture names the source. */
    private static final String EXCHANGE_SOURCE = "openai.http";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final LogBundle redaction;
    private final String facts;
    private final List<LogLine> lines;

    /**
     * @param redaction the log bundle's redaction, knowing the studio's secrets
     * @param facts     the studio's facts ({@code StudioFacts.describe})
     * @param lines     the log capture's lines, oldest first
     */
    public IssueReport(LogBundle redaction, String facts, List<LogLine> lines) {
        this.redaction = redaction;
        this.facts = facts;
        this.lines = List.copyOf(lines);
    }

    /** The report, redacted, in Markdown. */
    public String text(FailedWork work, List<FailureSection.Section> sections) {
        StringBuilder report = new StringBuilder("## ").append(FailureDetails.kindName(work.failure().kind())).append("\n\n");
        report.append("```\n").append(FailureDetails.text(work, sections)).append("```\n\n");
        report.append("### Studio\n\n```\n").append(facts).append("```\n\n");
        report.append("### Last API exchanges\n\n```\n");
        List<LogLine> exchanges = lines.stream().filter(line -> EXCHANGE_SOURCE.equals(line.source())).toList();
        exchanges.subList(Math.max(0, exchanges.size() - EXCHANGES), exchanges.size())
                .forEach(line -> report.append(line.asText()).append('\n'));
        if (exchanges.isEmpty()) {
            report.append("(none captured)\n");
        }
        report.append("```\n");
        return redaction.redact(report.toString());
    }

    /** Writes the report (atomically) as a new file in {@code folder} and returns it with its text. */
    public Written write(Path folder, FailedWork work, List<FailureSection.Section> sections) throws IOException {
        String text = text(work, sections);
        Files.createDirectories(folder);
        Path file = folder.resolve("issue-report-" + FILE_TIME.format(LocalDateTime.now()) + ".md");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("issue-report-" + FILE_TIME.format(LocalDateTime.now()) + "-" + n + ".md");
        }
        new AtomicFile(file).write(text.getBytes(StandardCharsets.UTF_8));
        return new Written(file, text);
    }

    /** A report on disk and its text. */
    public record Written(Path file, String text) {
    }
}
