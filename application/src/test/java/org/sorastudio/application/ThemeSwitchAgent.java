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
package org.sorastudio.application;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.LookAndFeel;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}): lets {@link WindowOpenerAgent} open every
 * window, then switches theme and text size live through the Appearance tab's own code
 * ({@code LookAndFeelSwitch}) a number of times, while a probe posts a tiny task to the EDT every 2 ms and keeps the
 * longest wait one of them had (the longest EDT stall). Writes one {@code RESULT} line to REPORT.
 */
public final class ThemeSwitchAgent {

    static final String RESULT = "RESULT ";
    private static final String STUDIO_UI = "org.sorastudio.studio.ui";
    private static final String[][] STEPS = {
        {"com.formdev.flatlaf.FlatLightLaf", "120"},
        {"org.sorastudio.studio.ui.appearance.HighContrastLaf", "130"},
        {"com.formdev.flatlaf.FlatDarkLaf", "90"},
        {"com.formdev.flatlaf.FlatLightLaf", "100"},
        {"com.formdev.flatlaf.FlatDarkLaf", "100"},
    };
    private static final int ROUNDS = 3;
    private static final long PROBE_NANOS = 2_000_000;

    private ThemeSwitchAgent() {
    }

    public static void premain(String report) {
        WindowOpenerAgent.premain(report);
        Thread switcher = new Thread(() -> switchWhenOpen(Path.of(report)), "theme-switch-agent");
        switcher.setDaemon(true);
        switcher.start();
    }

    private static void switchWhenOpen(Path report) {
        try {
            while (!Files.isRegularFile(report) || !Files.readString(report).contains(WindowOpenerAgent.DONE)) {
                Thread.sleep(100);
            }
            Class<?> switcher = studioUiClassLoader().loadClass("org.sorastudio.studio.ui.appearance.LookAndFeelSwitch");
            Method create = switcher.getMethod("create", String.class);
            Method apply = switcher.getMethod("apply", LookAndFeel.class, int.class);
            List<Long> switches = new ArrayList<>();
            AtomicLong longestStall = new AtomicLong();
            for (int round = 0; round < ROUNDS; round++) {
                for (String[] step : STEPS) {
                    LookAndFeel lookAndFeel = (LookAndFeel) create.invoke(null, step[0]);
                    int scale = Integer.parseInt(step[1]);
                    Thread probe = probe(longestStall);
                    long start = System.nanoTime();
                    EventQueue.invokeAndWait(() -> invoke(apply, lookAndFeel, scale));
                    // the repaints the switch queued have run when this has
                    EventQueue.invokeAndWait(() -> { });
                    switches.add((System.nanoTime() - start) / 1_000_000);
                    probe.interrupt();
                    probe.join();
                }
            }
            int[] counted = new int[2];
            EventQueue.invokeAndWait(() -> {
                for (Window window : Window.getWindows()) {
                    counted[0]++;
                    counted[1] += components(window);
                }
            });
            Collections.sort(switches);
            write(report, RESULT + "theme_switch_median_ms=" + switches.get(switches.size() / 2)
                    + " theme_switch_max_ms=" + switches.get(switches.size() - 1)
                    + " edt_stall_max_ms=" + longestStall.get() / 1_000_000
                    + " switches=" + switches.size() + " windows=" + counted[0] + " components=" + counted[1] + " goal_ms=500");
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            write(report, WindowOpenerAgent.FAILED + "to switch themes: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts a task to the EDT every 2 ms and keeps the longest time one waited to run. */
    private static Thread probe(AtomicLong longest) {
        Thread probe = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                EventQueue.invokeLater(() -> longest.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(PROBE_NANOS / 1_000_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "theme-switch-stall-probe");
        probe.setDaemon(true);
        probe.start();
        return probe;
    }

    private static void invoke(Method apply, LookAndFeel lookAndFeel, int scale) {
        try {
            apply.invoke(null, lookAndFeel, scale);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int components(Container container) {
        int count = 1;
        for (Component child : container.getComponents()) {
            count += child instanceof Container inner ? components(inner) : 1;
        }
        return count;
    }

    /** The studio UI module's own class loader: its appearance package is not exported to other modules. */
    private static ClassLoader studioUiClassLoader() throws ReflectiveOperationException {
        ClassLoader modules = WindowOpenerAgent.modulesClassLoader();
        Class<?> lookup = modules.loadClass("org.openide.util.Lookup");
        Class<?> moduleInfo = modules.loadClass("org.openide.modules.ModuleInfo");
        Object global = lookup.getMethod("getDefault").invoke(null);
        Collection<?> all = (Collection<?>) lookup.getMethod("lookupAll", Class.class).invoke(global, moduleInfo);
        for (Object module : all) {
            if (STUDIO_UI.equals(moduleInfo.getMethod("getCodeNameBase").invoke(module))) {
                return (ClassLoader) moduleInfo.getMethod("getClassLoader").invoke(module);
            }
        }
        throw new ClassNotFoundException("no module " + STUDIO_UI);
    }

    private static void write(Path report, String line) {
        try {
            Files.writeString(report, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
