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
package org.sorastudio.templates.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.csv.CsvHeader;
import org.sorastudio.templates.csv.CsvReadException;
import org.sorastudio.templates.csv.CsvRowReader;
import org.sorastudio.templates.pattern.PatternProblem;
import org.sorastudio.templates.pattern.PatternProblem.Kind;
import org.sorastudio.templates.pattern.PromptPattern;

/**
 * A batch ready to look at: the header is read, the patterns parsed and the mapping checked. Each
 * wizard step is one call: {@link #problems()} for the mapping step, {@link #preview} for the
 * preview, {@link #validate()} for the validation and summary steps, {@link #validShots()} to queue.
 * Every call that needs rows streams the file again, so memory stays flat however long it is.
 */
public final class BatchPlan {

    /** Built-in variables: the row's line number, the shot's number in the batch, the variant number. */
    public static final String ROW_VARIABLE = "row";
    public static final String NUMBER_VARIABLE = "n";
    public static final String VARIANT_VARIABLE = "variant";
    /** How many names a message lists before it only counts the rest. */
    private static final int LISTED_NAMES = 10;
    public static final Set<String> BUILT_IN_VARIABLES =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of(ROW_VARIABLE, NUMBER_VARIABLE, VARIANT_VARIABLE)));

    private final BatchRequest request;
    private final CsvHeader header;
    private final ColumnMapping mapping;
    private final PromptPattern prompt;
    private final PromptPattern outputName;
    private final List<PatternProblem> problems;
    private final ModelCatalog catalog;

    BatchPlan(BatchRequest request, CsvHeader header, ModelCatalog catalog) {
        this.request = request;
        this.header = header;
        this.catalog = catalog;
        this.prompt = PromptPattern.parse(request.prompt(), "prompt");
        this.outputName = request.outputNamePattern() == null ? null : PromptPattern.parse(request.outputNamePattern(), "output name");
        this.mapping = request.mapping() != null ? request.mapping() : ColumnMapping.suggest(header.names(), usedVariables());
        this.problems = List.copyOf(findProblems());
    }

    public BatchRequest request() {
        return request;
    }

    public CsvHeader header() {
        return header;
    }

    /** The mapping in use: the request's, or the suggested one when the request has none. */
    public ColumnMapping mapping() {
        return mapping;
    }

    public PromptPattern prompt() {
        return prompt;
    }

    /** Variables the prompt and the output-name pattern use, without the built-in ones: what columns can feed. */
    public Set<String> usedVariables() {
        Set<String> used = new LinkedHashSet<>(prompt.variables());
        if (outputName != null) {
            used.addAll(outputName.variables());
        }
        used.removeAll(BUILT_IN_VARIABLES);
        return used;
    }

    /** Problems of the patterns, the mapping and the header, blocking ones first. */
    public List<PatternProblem> problems() {
        return problems;
    }

    /** Whether shots can be made: no blocking problem in the plan (rows are checked by {@link #validate()}). */
    public boolean isRunnable() {
        return problems.stream().noneMatch(PatternProblem::blocking);
    }

    /** The first {@code count} shots, valid or not, with their problems. */
    public List<PlannedShot> preview(int count) throws CsvFileException {
        if (expansionTooLarge()) {
            return List.of();
        }
        try (Stream<PlannedShot> shots = plannedShots()) {
            return shots.limit(count).toList();
        }
    }

    /** Reads the whole file once and reports every row problem with the totals. */
    public BatchReport validate() throws CsvFileException {
        return validate((line, shots) -> true);
    }

    /**
     * Like {@link #validate()}, telling {@code progress} about every shot; when it answers
     * {@code false} reading stops and the report says so (and is not runnable).
     */
    public BatchReport validate(Progress progress) throws CsvFileException {
        if (expansionTooLarge()) {
            return new BatchReport(new BatchSummary(0, 0, 0, 0, 0, 0, 0), problems, List.of(), 0, null);
        }
        Tally tally = new Tally();
        String readFailure = null;
        try (Stream<PlannedShot> shots = plannedShots()) {
            Iterator<PlannedShot> iterator = shots.iterator();
            while (iterator.hasNext()) {
                PlannedShot shot = iterator.next();
                tally.add(shot);
                if (!progress.shotChecked(shot.line(), shot.number())) {
                    readFailure = "Validation was stopped at line " + shot.line() + "; the rest of the file was not checked.";
                    break;
                }
            }
        } catch (CsvReadException e) {
            readFailure = e.getMessage();
        }
        return tally.report(readFailure);
    }

    /** Hears about a validation pass as it goes, and may stop it. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param line  the line of the row the shot comes from
         * @param shots shots checked so far
         * @return whether to go on
         */
        boolean shotChecked(long line, long shots);
    }

    /**
     * Every shot of the batch with its problems, in file order, made as the file is read. Close the
     * stream. A problem part-way through the file throws {@link CsvReadException}.
     *
     * @throws IllegalStateException when the alternatives expand beyond the request's limit
     */
    public Stream<PlannedShot> plannedShots() throws CsvFileException {
        if (expansionTooLarge()) {
            throw new IllegalStateException(prompt.combinationProblems(request.maxCombinations()).get(0).message());
        }
        CsvRowReader reader = CsvRowReader.open(request.csvFile(), request.csvSettings());
        try {
            RowExpander expander = new RowExpander(request, reader.header(), mapping, prompt, outputName, catalog);
            return reader.stream().flatMap(row -> expander.expand(row).stream());
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * The shots without blocking problems, made as the file is read, so a batch of any length is
     * never held in memory. Close the stream.
     *
     * @throws IllegalStateException when the plan is not runnable
     */
    public Stream<Shot> validShots() throws CsvFileException {
        if (!isRunnable()) {
            throw new IllegalStateException("The batch cannot run: " + problems.stream().filter(PatternProblem::blocking)
                    .map(PatternProblem::toString).collect(Collectors.joining("; ")));
        }
        return plannedShots().filter(PlannedShot::valid).map(PlannedShot::shot);
    }

    /**
     * Hands the valid shots to {@code sink} in lists of at most {@code chunkSize}, as the file is
     * read: {@code queue::enqueue} queues a batch of any length without holding it. Returns how many.
     *
     * @throws IllegalStateException when the plan is not runnable
     */
    public long sendValidShots(Consumer<List<Shot>> sink, int chunkSize) throws CsvFileException {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1: " + chunkSize);
        }
        List<Shot> chunk = new ArrayList<>(chunkSize);
        long sent = 0;
        try (Stream<Shot> shots = validShots()) {
            Iterator<Shot> iterator = shots.iterator();
            while (iterator.hasNext()) {
                chunk.add(iterator.next());
                if (chunk.size() == chunkSize || !iterator.hasNext()) {
                    sink.accept(List.copyOf(chunk));
                    sent += chunk.size();
                    chunk.clear();
                }
            }
        }
        return sent;
    }

    private boolean expansionTooLarge() {
        return prompt.combinations() > request.maxCombinations();
    }

    /** The first few names of a list that may be very long, for one line of a message. */
    static String someOf(List<String> names) {
        return names.size() <= LISTED_NAMES ? String.join(", ", names)
                : String.join(", ", names.subList(0, LISTED_NAMES)) + ", ... ("
                + String.format(Locale.ROOT, "%,d", names.size() - LISTED_NAMES) + " more)";
    }

    private List<PatternProblem> findProblems() {
        Set<String> defined = new LinkedHashSet<>(mapping.variables().keySet());
        defined.addAll(BUILT_IN_VARIABLES);
        List<PatternProblem> found = new ArrayList<>(prompt.problems());
        found.addAll(prompt.undefinedVariables(defined));
        found.addAll(prompt.combinationProblems(request.maxCombinations()));
        if (outputName != null) {
            found.addAll(outputName.problems());
            found.addAll(outputName.undefinedVariables(defined));
            found.addAll(outputName.alternativesNotAllowed("an output name is one name, so it cannot hold alternatives; "
                    + "use {" + VARIANT_VARIABLE + "} to tell the prompt's variants apart."));
        }
        for (String column : mapping.columns()) {
            if (header.indexOf(column) < 0) {
                found.add(new PatternProblem(Kind.UNKNOWN_COLUMN, "mapping", null,
                        "the CSV file has no column \"" + column + "\"; its columns are " + someOf(header.names()) + "."));
            }
        }
        Set<String> used = usedVariables();
        Set<String> feeding = new HashSet<>(mapping.parameters().values());
        mapping.variables().forEach((variable, column) -> {
            if (used.contains(variable)) {
                feeding.add(column);
            }
        });
        List<String> unused = header.names().stream().filter(column -> !feeding.contains(column)).toList();
        if (unused.size() == 1) {
            found.add(new PatternProblem(Kind.UNUSED_COLUMN, "column " + (header.indexOf(unused.get(0)) + 1) + " \"" + unused.get(0) + "\"",
                    null, "no placeholder and no shot parameter uses this column."));
        } else if (!unused.isEmpty()) {
            found.add(new PatternProblem(Kind.UNUSED_COLUMN, "columns", null, String.format(Locale.ROOT, "%,d", unused.size())
                    + " columns are not used: " + someOf(unused.stream().map(name -> '"' + name + '"').toList())
                    + "; no placeholder and no shot parameter uses them."));
        }
        header.problems().forEach(p -> found.add(new PatternProblem(Kind.CSV_HEADER, "CSV header", null, p)));
        found.sort((a, b) -> Boolean.compare(b.blocking(), a.blocking()));
        return found;
    }

    /** Counts one validation pass. */
    private final class Tally {

        private final List<RowProblem> listed = new ArrayList<>();
        private final Set<RowProblem> rowSeen = new LinkedHashSet<>();
        private long unlisted;
        private long rows;
        private long shots;
        private long valid;
        private long badRows;
        private long seconds;
        private double usd;
        private long unpriced;
        private long currentLine = -1;
        private boolean currentBad;

        void add(PlannedShot planned) {
            if (planned.line() != currentLine) {
                endRow();
                currentLine = planned.line();
                rows++;
            }
            shots++;
            for (RowProblem problem : planned.problems()) {
                rowSeen.add(problem);
            }
            if (!planned.valid()) {
                currentBad = true;
                return;
            }
            valid++;
            Shot shot = planned.shot();
            seconds += shot.seconds();
            double price = catalog.find(shot.model()).map(ModelSpec::usdPerSecond).orElse(0.0);
            if (price > 0) {
                usd += price * shot.seconds();
            } else {
                unpriced++;
            }
        }

        BatchReport report(String readFailure) {
            endRow();
            return new BatchReport(new BatchSummary(rows, shots, valid, badRows, seconds, usd, unpriced), problems, listed, unlisted,
                    readFailure);
        }

        /** Problems are listed once per row, however many variants share them. */
        private void endRow() {
            for (RowProblem problem : rowSeen) {
                if (listed.size() < BatchReport.LISTED_ROW_PROBLEMS) {
                    listed.add(problem);
                } else {
                    unlisted++;
                }
            }
            rowSeen.clear();
            badRows += currentBad ? 1 : 0;
            currentBad = false;
        }
    }
}
