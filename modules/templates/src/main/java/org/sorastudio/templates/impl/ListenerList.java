package org.sorastudio.templates.impl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Change listeners of a store; one failing listener does not keep the others from hearing. */
final class ListenerList {

    private static final Logger LOG = Logger.getLogger(ListenerList.class.getName());

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void add(Runnable listener) {
        listeners.add(listener);
    }

    void remove(Runnable listener) {
        listeners.remove(listener);
    }

    void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change listener failed", e);
            }
        }
    }
}
