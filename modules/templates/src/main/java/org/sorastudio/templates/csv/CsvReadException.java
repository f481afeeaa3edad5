package org.sorastudio.templates.csv;

/**
 * Reading stopped part-way through a CSV file: a quote never closed, a byte that is not valid in
 * the chosen encoding. Unchecked because it surfaces from {@link java.util.Iterator#next()}.
 */
public final class CsvReadException extends RuntimeException {

    private final long line;
    private final String problem;

    public CsvReadException(String fileName, long line, String problem, Throwable cause) {
        super(fileName + ", line " + line + ": " + problem, cause);
        this.line = line;
        this.problem = problem;
    }

    /** The physical line (1-based) where the trouble is. */
    public long line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
