package org.sorastudio.storyboard.ui;

import javax.swing.JSpinner;

/** Spinner looks shared by the editors. */
final class SpinnerFields {

    private SpinnerFields() {
    }

    /** Room for values like {@code 0.25} and {@code 120}, which the default editor cuts off. */
    static void widen(JSpinner spinner) {
        ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(5);
    }

    /** Pixel counts without grouping: {@code 1280}, not {@code 1,280}. */
    static void plainIntegers(JSpinner spinner) {
        spinner.setEditor(new JSpinner.NumberEditor(spinner, "#"));
        widen(spinner);
    }
}
