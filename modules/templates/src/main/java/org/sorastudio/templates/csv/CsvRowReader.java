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
package org.sorastudio.templates.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sorastudio.core.io.FilePaths;

/**
 * Streams the data rows of a CSV file, one record at a time, each with the physical line it starts
 * on. Blank lines are skipped. Problems part-way through surface as {@link CsvReadException}.
 */
public final class CsvRowReader implements Iterator<CsvRow>, AutoCloseable {

    private final Path file;
    private final CsvSettings settings;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    /** Lines fully consumed before the next record: the next record starts on the line after. */
    private long linesBefore;
    private long rowNumber;
    private CsvRow pending;
    private boolean finished;

    private CsvRowReader(Path file, CsvSettings settings, CSVParser parser) throws CsvFileException {
        this.file = file;
        this.settings = settings;
        this.parser = parser;
        this.records = parser.iterator();
        CsvRow first = firstRecord();
        if (settings.headerRow()) {
            this.header = header(first.fields());
        } else {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= first.size(); i++) {
                names.add("column" + i);
            }
            this.header = new CsvHeader(names, names, List.of());
            this.pending = new CsvRow(first.line(), ++rowNumber, first.fields(), first.size());
        }
    }

    /** Opens {@code file}; it is refused before reading when too large, and when it holds no record. */
    public static CsvRowReader open(Path file, CsvSettings settings) throws CsvFileException {
        CsvFiles.checkUsable(file, settings.maxBytes());
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            skipByteOrderMark(in, settings.encoding());
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(settings.delimiter().character())
                    .setIgnoreEmptyLines(false)
                    .get();
            CSVParser parser = CSVParser.builder()
                    .setReader(new StrictDecodingReader(in, settings.encoding().strictDecoder()))
                    .setFormat(format)
                    .get();
            return new CsvRowReader(file, settings, parser);
        } catch (IOException e) {
            closeQuietly(in);
            throw new CsvFileException(file, "the file cannot be read: " + e.getMessage(), e);
        } catch (CsvFileException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public CsvSettings settings() {
        return settings;
    }

    public CsvHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = readRow();
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRow row = pending;
        pending = null;
        return row;
    }

    /** The remaining rows as a stream that closes this reader when closed. */
    public Stream<CsvRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header record, or the first data row when there is no header. */
    private CsvRow firstRecord() throws CsvFileException {
        try {
            CsvRow row = readRow();
            if (row == null) {
                throw new CsvFileException(file,
                        "the file holds only blank lines; a CSV batch needs a header row and at least one data row.", null);
            }
            return row;
        } catch (CsvReadException e) {
            throw new CsvFileException(file, "line " + e.line() + ": " + e.problem(), e);
        } finally {
            rowNumber = 0;
        }
    }

    private CsvRow readRow() {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw readFailure(e);
            }
            long start = linesBefore + 1;
            linesBefore = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new CsvRow(start, ++rowNumber, record.values(), header == null ? record.size() : header.size());
        }
    }

    private CsvReadException readFailure(RuntimeException e) {
        String name = FilePaths.name(file);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new CsvReadException(name, linesBefore + 1, "the record starting here is not valid " + settings.encoding().label()
                        + " text; choose another encoding (Windows-1252 reads any byte).", e);
            }
        }
        String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        String problem;
        if (detail.contains("EOF reached before encapsulated token finished")) {
            problem = "a quoted field starts in this record and is never closed; add the missing \" "
                    + "(a quote inside a quoted field is written \"\").";
        } else if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            problem = "text follows the closing quote of a field; a quote inside a quoted field must be written twice (\"\").";
        } else {
            problem = "the file cannot be read: " + detail;
        }
        return new CsvReadException(name, linesBefore + 1, problem, e);
    }

    private CsvHeader header(String[] names) {
        List<String> unique = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty()) {
                name = "column" + (i + 1);
                problems.add("Column " + (i + 1) + " has no name; it is called \"" + name + "\" here.");
            }
            if (firstColumn.containsKey(name)) {
                String base = name;
                int suffix = 2;
                while (firstColumn.containsKey(base + "_" + suffix)) {
                    suffix++;
                }
                name = base + "_" + suffix;
                problems.add("Columns " + (firstColumn.get(base) + 1) + " and " + (i + 1) + " are both called \"" + base
                        + "\"; column " + (i + 1) + " is called \"" + name + "\" here.");
            }
            firstColumn.put(name, i);
            unique.add(name);
        }
        return new CsvHeader(unique, List.of(names), problems);
    }

    private static void skipByteOrderMark(InputStream in, CsvEncoding encoding) throws IOException {
        byte[] mark = encoding.byteOrderMark();
        if (mark.length == 0) {
            return;
        }
        in.mark(mark.length);
        if (!EncodingSniffer.startsWith(in.readNBytes(mark.length), mark)) {
            in.reset();
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // the open already failed; that failure is what gets reported
            }
        }
    }
}
