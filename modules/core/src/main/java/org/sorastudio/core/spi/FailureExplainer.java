package org.sorastudio.core.spi;

/**
 * Shows a failure the one way every failure is shown: what happened, what to do next, the request ids, and a
 * report ready to paste into an issue. The diagnostics module provides it; found through {@code Lookup.getDefault()},
 * and when nobody provides one the action that would call it is not offered. May be called from any thread.
 */
public interface FailureExplainer {

    void explain(FailedWork work);
}
