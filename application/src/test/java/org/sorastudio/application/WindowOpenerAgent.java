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
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.border.TitledBorder;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}) that opens every window the
 * enabled modules register, as a user going through the Window menu would, and writes one line
 * per window to REPORT, then {@value #DONE}. Given a folder too ({@code =REPORT|FOLDER}), it then
 * brings each window to the front in turn and saves the main window as {@code ID.png} there, as the
 * screen shows it (the user guide's pictures). Given {@value #TEXTS} instead ({@code =REPORT|texts}), it writes
 * every text the windows show (labels, buttons, read-only text areas, titled borders, table headers, tab and window
 * titles), one {@value #TEXT} line each, for the pseudo-locale test.
 *
 * <p>It runs inside the studio, on the launcher's class path, where only the JDK is visible: the
 * platform's classes are reached by reflection through the module system's class loader. It waits
 * for the studio to log that its main window shows, touching neither AWT nor the platform before
 * then, so that it cannot change how the studio starts (an early AWT call, for one, keeps the
 * look and feel from being installed).
 */
public final class WindowOpenerAgent {

    static final String DONE = "every window done";
    static final String OPENED = "opened ";
    static final String FAILED = "failed ";
    static final String SHOT = "shot ";
    static final String TEXT = "text ";
    /** The second argument that asks for every visible text instead of pictures. */
    static final String TEXTS = "texts";

    /** How long a window brought to the front gets to lay itself out and paint before it is pictured. */
    private static final long SETTLE_MILLIS = 1500;

    private WindowOpenerAgent() {
    }

    public static void premain(String arguments) {
        String[] parts = arguments.split("\\|", 2);
        Path report = Path.of(parts[0]);
        Path pictures = parts.length > 1 ? Path.of(parts[1]) : null;
        Thread opener = new Thread(() -> openEveryWindow(report, pictures), "window-opener-agent");
        opener.setDaemon(true);
        opener.start();
    }

    /** Packs this agent's classes into {@code folder/window-opener-agent.jar} for {@code -J-javaagent:}. */
    static Path pack(Path folder) throws IOException {
        return pack(folder, WindowOpenerAgent.class);
    }

    /** Packs {@code agent}'s classes and this one's (which it may start) into a jar with {@code agent} as Premain-Class. */
    static Path pack(Path folder, Class<?> agentClass) throws IOException {
        String name = agentClass == WindowOpenerAgent.class ? "window-opener-agent" : agentClass.getSimpleName();
        Path agent = folder.resolve(name + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", agentClass.getName());
        String folderName = WindowOpenerAgent.class.getPackageName().replace('.', '/');
        Path classes = Path.of(WindowOpenerAgent.class.getProtectionDomain().getCodeSource().getLocation().getPath(), folderName);
        List<String> prefixes = List.of(WindowOpenerAgent.class.getSimpleName(), agentClass.getSimpleName());
        try (OutputStream file = Files.newOutputStream(agent); JarOutputStream jar = new JarOutputStream(file, manifest);
                Stream<Path> compiled = Files.list(classes)) {
            for (Path type : compiled.filter(p -> prefixes.stream().anyMatch(p.getFileName().toString()::startsWith)).toList()) {
                jar.putNextEntry(new JarEntry(folderName + "/" + type.getFileName()));
                Files.copy(type, jar);
                jar.closeEntry();
            }
        }
        return agent;
    }

    private static void openEveryWindow(Path report, Path pictures) {
        try {
            // The platform sets netbeans.user from --userdir while it starts, after this agent's premain.
            while (System.getProperty("netbeans.user") == null) {
                Thread.sleep(100);
            }
            Path log = Path.of(System.getProperty("netbeans.user"), "var", "log", "messages.log");
            while (!Files.isRegularFile(log) || !Files.readString(log).contains(StudioLaunch.READY)) {
                Thread.sleep(100);
            }
            ClassLoader modules = modulesClassLoader();
            Class<?> windowManager = modules.loadClass("org.openide.windows.WindowManager");
            Object windows = windowManager.getMethod("getDefault").invoke(null);
            List<String> opened = new ArrayList<>();
            Runnable openAll = () -> {
                for (String id : registeredWindowIds(modules)) {
                    String line = open(windowManager, windows, id);
                    write(report, line);
                    if (line.startsWith(OPENED)) {
                        opened.add(id);
                    }
                }
                // Whatever the windows queued on the EDT while opening has run when this does.
                EventQueue.invokeLater(() -> {
                    if (pictures == null) {
                        write(report, DONE);
                    } else if (pictures.toString().equals(TEXTS)) {
                        reportTexts(modules, report);
                        write(report, DONE);
                    } else {
                        Thread painter = new Thread(() -> pictureEach(windowManager, windows, opened, pictures, report),
                                "window-opener-agent-pictures");
                        painter.setDaemon(true);
                        painter.start();
                    }
                });
            };
            windowManager.getMethod("invokeWhenUIReady", Runnable.class).invoke(windows, openAll);
        } catch (ReflectiveOperationException | IOException | InterruptedException | RuntimeException e) {
            write(report, FAILED + "to start: " + e);
        }
    }

    /** The class loader of all enabled modules: {@code Lookup.getDefault().lookup(ClassLoader.class)}. */
    static ClassLoader modulesClassLoader() throws ReflectiveOperationException {
        Class<?> lookup = Class.forName("org.openide.util.Lookup");
        Object global = lookup.getMethod("getDefault").invoke(null);
        return (ClassLoader) lookup.getMethod("lookup", Class.class).invoke(global, ClassLoader.class);
    }

    /** The names of the layer's {@code Windows2/Components} entries: one per registered window. */
    private static String[] registeredWindowIds(ClassLoader modules) {
        try {
            Class<?> fileUtil = modules.loadClass("org.openide.filesystems.FileUtil");
            Class<?> fileObject = modules.loadClass("org.openide.filesystems.FileObject");
            Object folder = fileUtil.getMethod("getConfigFile", String.class).invoke(null, "Windows2/Components");
            Object[] children = (Object[]) fileObject.getMethod("getChildren").invoke(folder);
            String[] ids = new String[children.length];
            for (int i = 0; i < children.length; i++) {
                ids[i] = (String) fileObject.getMethod("getName").invoke(children[i]);
            }
            return ids;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The window registry cannot be read", e);
        }
    }

    /** Each window in front in turn, given time to paint, then the main window saved as ID.png. */
    private static void pictureEach(Class<?> windowManager, Object windows, List<String> ids, Path pictures, Path report) {
        try {
            Files.createDirectories(pictures);
            Window main = (Window) windowManager.getMethod("getMainWindow").invoke(windows);
            for (String id : ids) {
                EventQueue.invokeAndWait(() -> open(windowManager, windows, id));
                Thread.sleep(SETTLE_MILLIS);
                BufferedImage[] picture = new BufferedImage[1];
                EventQueue.invokeAndWait(() -> {
                    picture[0] = new BufferedImage(main.getWidth(), main.getHeight(), BufferedImage.TYPE_INT_RGB);
                    Graphics2D graphics = picture[0].createGraphics();
                    main.paintAll(graphics);
                    graphics.dispose();
                });
                Path file = pictures.resolve(id + ".png");
                ImageIO.write(picture[0], "png", file.toFile());
                write(report, SHOT + id + " " + file);
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            write(report, FAILED + "to picture the windows: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(report, DONE);
    }

    /** Every showing window and every open TopComponent (shown or behind another tab), walked on the EDT. */
    private static void reportTexts(ClassLoader modules, Path report) {
        List<String> texts = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                if (window instanceof Frame frame) {
                    add(texts, "title", frame.getTitle());
                } else if (window instanceof Dialog dialog) {
                    add(texts, "title", dialog.getTitle());
                }
                collectTexts(window, texts);
            }
        }
        try {
            // Every mode's windows, the one in front and those behind its other tabs (the registry's list of
            // opened windows catches up only later).
            Class<?> windowManager = modules.loadClass("org.openide.windows.WindowManager");
            Class<?> mode = modules.loadClass("org.openide.windows.Mode");
            Class<?> topComponent = modules.loadClass("org.openide.windows.TopComponent");
            Object windows = windowManager.getMethod("getDefault").invoke(null);
            for (Object each : (Iterable<?>) windowManager.getMethod("getModes").invoke(windows)) {
                for (Object window : (Object[]) mode.getMethod("getTopComponents").invoke(each)) {
                    Object title = topComponent.getMethod("getDisplayName").invoke(window);
                    add(texts, "tab", title != null ? title : ((Component) window).getName());
                    // A window behind another tab is hidden itself; its content is what it shows once in front.
                    for (Component child : ((Container) window).getComponents()) {
                        collectTexts(child, texts);
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            texts.add(FAILED + "to list the open windows: " + e);
        }
        texts.stream().distinct().forEach(text -> write(report, text.startsWith(FAILED) ? text
                : TEXT + text.replace("\n", "\u23CE")));
    }

    private static void collectTexts(Component component, List<String> texts) {
        if (!component.isVisible()) {
            return;
        }
        String kind = component.getClass().getSimpleName();
        if (component instanceof JLabel label) {
            add(texts, kind, label.getText());
        } else if (component instanceof AbstractButton button) {
            add(texts, kind, button.getText());
        } else if (component instanceof JTextArea area && !area.isEditable()) {
            // a text area the user cannot type in is a label that wraps (a hint, a notice)
            add(texts, kind, area.getText());
        } else if (component instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                add(texts, kind + " tab", tabs.getTitleAt(i));
            }
        } else if (component instanceof JTable table) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                add(texts, kind + " header", table.getColumnModel().getColumn(i).getHeaderValue());
            }
        }
        if (component instanceof JComponent swing && swing.getBorder() instanceof TitledBorder titled) {
            add(texts, kind + " border", titled.getTitle());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectTexts(child, texts);
            }
        }
    }

    /** {@code where: text}, for a text that says something (an icon button's empty text does not). */
    private static void add(List<String> texts, String where, Object text) {
        if (text != null && !text.toString().isBlank()) {
            texts.add(where + ": " + text);
        }
    }

    private static String open(Class<?> windowManager, Object windows, String id) {
        try {
            Object window = windowManager.getMethod("findTopComponent", String.class).invoke(windows, id);
            if (window == null) {
                return FAILED + id + ": registered, but no window was made";
            }
            // Through TopComponent itself: a window's own class need not be public.
            Class<?> topComponent = windowManager.getClassLoader().loadClass("org.openide.windows.TopComponent");
            topComponent.getMethod("open").invoke(window);
            topComponent.getMethod("requestActive").invoke(window);
            return OPENED + id + " " + window.getClass().getName();
        } catch (InvocationTargetException e) {
            return FAILED + id + ": " + e.getCause();
        } catch (ReflectiveOperationException e) {
            return FAILED + id + ": " + e;
        }
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
