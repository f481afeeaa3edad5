package org.sorastudio.templates.pattern;

/** The alternatives in a pattern would make more prompts than the caller allows. */
public final class ExpansionLimitException extends Exception {

    private final long combinations;
    private final long limit;

    public ExpansionLimitException(long combinations, long limit, String breakdown) {
        super("The alternatives make " + breakdown + " = " + (combinations == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : combinations)
                + " prompts; the limit is " + limit + ". Remove some options or split the template.");
        this.combinations = combinations;
        this.limit = limit;
    }

    public long combinations() {
        return combinations;
    }

    public long limit() {
        return limit;
    }
}
