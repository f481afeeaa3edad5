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

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.netbeans.spi.options.OptionsPanelController;

/**
 * The contract every Sora Studio Options tab keeps through {@link OptionsTabController}: read when opened, changed
 * only while the fields differ from what was read, its own part written on Apply over what another writer stored
 * meanwhile, the values as read again on Cancel.
 */
class OptionsTabControllerTest {

    /** Two parts of one store; the tab edits only the name. */
    record Stored(String name, int other) {
    }

    private final AtomicReference<Stored> store = new AtomicReference<>(new Stored("first", 1));
    private final NameController controller = new NameController();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void openingShowsWhatIsStoredAndIsNoChange() throws Exception {
        open();

        assertThat(onEdt(() -> controller.tab.field.getText())).isEqualTo("first");
        assertThat(onEdt(controller::isChanged)).isFalse();
        assertThat(onEdt(controller::isValid)).isTrue();
    }

    @Test
    void anEditIsAChangeUntilTheValueIsTypedBack() throws Exception {
        open();

        type("second");
        assertThat(onEdt(controller::isChanged)).isTrue();
        assertThat(events).contains(OptionsPanelController.PROP_CHANGED, OptionsPanelController.PROP_VALID);

        type("first");
        assertThat(onEdt(controller::isChanged)).isFalse();
    }

    @Test
    void applyWritesTheTabsPartOverWhatAnotherWriterStoredMeanwhile() throws Exception {
        open();
        type("second");
        store.set(new Stored("first", 2));

        onEdt(() -> {
            controller.applyChanges();
            return null;
        });
        OptionsTabController.awaitStorage();

        assertThat(store.get()).isEqualTo(new Stored("second", 2));
        assertThat(onEdt(controller::isChanged)).isFalse();
    }

    @Test
    void cancelShowsTheValuesAsReadAndWritesNothing() throws Exception {
        open();
        type("second");

        onEdt(() -> {
            controller.cancel();
            return null;
        });
        OptionsTabController.awaitStorage();

        assertThat(onEdt(() -> controller.tab.field.getText())).isEqualTo("first");
        assertThat(onEdt(controller::isChanged)).isFalse();
        assertThat(store.get()).isEqualTo(new Stored("first", 1));
    }

    @Test
    void aProblemMakesTheTabInvalid() throws Exception {
        open();

        type("");

        assertThat(onEdt(controller::isValid)).isFalse();
    }

    private void open() throws Exception {
        onEdt(() -> {
            controller.addPropertyChangeListener((PropertyChangeEvent e) -> events.add(e.getPropertyName()));
            controller.getComponent(null);
            controller.update();
            return null;
        });
        OptionsTabController.awaitStorage();
        onEdt(() -> null); // the values reach the tab in an EDT task the read posted
    }

    private void type(String text) throws Exception {
        onEdt(() -> {
            controller.tab.field.setText(text);
            controller.tab.edited.run();
            return null;
        });
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private final class NameController extends OptionsTabController<Stored> {
        private NameTab tab;

        @Override
        protected OptionsTab<Stored> createTab(Runnable edited) {
            tab = new NameTab(edited);
            return tab;
        }

        @Override
        protected Stored read() {
            return store.get();
        }

        @Override
        protected void write(UnaryOperator<Stored> edits) throws IOException {
            store.updateAndGet(edits);
        }

        @Override
        protected String cannotSave(String reason) {
            return "The name could not be saved: " + reason;
        }
    }

    private static final class NameTab implements OptionsTab<Stored> {
        final JTextField field = new JTextField();
        final Runnable edited;

        NameTab(Runnable edited) {
            this.edited = edited;
        }

        @Override
        public JComponent component() {
            return field;
        }

        @Override
        public void load(Stored values) {
            field.setText(values.name());
        }

        @Override
        public UnaryOperator<Stored> edits() {
            String name = field.getText();
            return stored -> new Stored(name, stored.other());
        }

        @Override
        public String problem() {
            return field.getText().isBlank() ? "A name is needed." : null;
        }
    }
}
