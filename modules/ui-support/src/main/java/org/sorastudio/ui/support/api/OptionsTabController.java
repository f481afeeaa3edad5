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
package org.sorastudio.ui.support.api;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.RequestProcessor;

/**
 * The controller of a Sora Studio Options tab whose values live in a file, a store or the keyring: they are read off
 * the EDT when the Options window opens; the tab is changed while its fields say something other than what was read
 * (typing a value back is no change); OK or Apply writes the tab's {@link OptionsTab#edits() edits} off the EDT, and
 * a write that fails is told in a dialog; Cancel shows the values as read again. Reads and writes of every tab go
 * through one background thread, in order, so that OK after Apply never overtakes it.
 *
 * <p>A subclass says how its values are read and written and makes its tab; the platform's side of the contract
 * (listeners, validity, help) is here once.
 *
 * @param <V> what the tab edits, as it is stored (see {@link OptionsTab})
 */
public abstract class OptionsTabController<V> extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(OptionsTabController.class.getName());
    private static final RequestProcessor STORAGE = new RequestProcessor("Sora Studio options", 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private OptionsTab<V> tab;
    private V loaded;
    private boolean changed;

    /** Makes the tab, once; it calls {@code edited} on the EDT after every edit of a field. */
    protected abstract OptionsTab<V> createTab(Runnable edited);

    /** The values as stored now. Runs off the EDT. */
    protected abstract V read() throws IOException;

    /** Applies {@code edits} to the values as stored now and stores the result. Runs off the EDT. */
    protected abstract void write(UnaryOperator<V> edits) throws IOException;

    /** The dialog's text when a write fails, for a person; {@code reason} is the failure's message. */
    protected abstract String cannotSave(String reason);

    /** Whether {@code edited} differs from {@code stored}; by default by {@code equals}. */
    protected boolean differs(V stored, V edited) {
        return !edited.equals(stored);
    }

    @Override
    public final void update() {
        OptionsTab<V> target = tab();
        STORAGE.post(() -> {
            V values;
            try {
                values = read();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot read the options of " + getClass().getSimpleName(), e);
                return;
            }
            SwingUtilities.invokeLater(() -> {
                loaded = values;
                target.load(values);
                setChanged(false);
            });
        });
    }

    @Override
    public final void applyChanges() {
        if (tab == null || loaded == null || !changed) {
            return;
        }
        UnaryOperator<V> edits = tab.edits();
        loaded = edits.apply(loaded);
        setChanged(false);
        STORAGE.post(() -> {
            try {
                write(edits);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the options of " + getClass().getSimpleName(), e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(
                        new NotifyDescriptor.Message(cannotSave(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
            }
        });
    }

    @Override
    public final void cancel() {
        if (tab != null && loaded != null) {
            tab.load(loaded);
        }
        setChanged(false);
    }

    @Override
    public final boolean isValid() {
        return tab == null || tab.problem() == null;
    }

    @Override
    public final boolean isChanged() {
        return changed;
    }

    @Override
    public final JComponent getComponent(Lookup masterLookup) {
        return tab().component();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return HelpCtx.DEFAULT_HELP;
    }

    @Override
    public final void addPropertyChangeListener(PropertyChangeListener listener) {
        support.addPropertyChangeListener(listener);
    }

    @Override
    public final void removePropertyChangeListener(PropertyChangeListener listener) {
        support.removePropertyChangeListener(listener);
    }

    /** Blocks until the reads and writes posted so far are done: for a caller that reads the store next (tests). */
    public static void awaitStorage() {
        STORAGE.post(() -> { }).waitFinished();
    }

    private OptionsTab<V> tab() {
        if (tab == null) {
            tab = createTab(this::edited);
        }
        return tab;
    }

    private void edited() {
        setChanged(loaded != null && differs(loaded, tab.edits().apply(loaded)));
        support.firePropertyChange(PROP_VALID, null, null);
    }

    private void setChanged(boolean now) {
        boolean before = changed;
        changed = now;
        support.firePropertyChange(PROP_CHANGED, before, now);
    }
}
