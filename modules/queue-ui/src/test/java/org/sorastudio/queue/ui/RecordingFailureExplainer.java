package org.sorastudio.queue.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureExplainer;

/** Test stand-in for the diagnostics module's error panel: remembers every failure it was asked to explain. */
@ServiceProvider(service = FailureExplainer.class)
public final class RecordingFailureExplainer implements FailureExplainer {

    static final List<FailedWork> EXPLAINED = new CopyOnWriteArrayList<>();

    @Override
    public void explain(FailedWork work) {
        EXPLAINED.add(work);
    }
}
