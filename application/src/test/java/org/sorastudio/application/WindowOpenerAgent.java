package org.sorastudio.application;

import java.awt.EventQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}) that opens every window the
 * enabled modules register, as a user going through the Window menu would, and writes one line
 * per window to REPORT, then {@value #DONE}.
 *
 * <p>It runs inside the studio, on the launcher's class path, where only the JDK is visible: the
 * platform's classes are reached by reflection through the module system's class loader. It waits
 * for the studio to log that its main window shows, touching neither AWT nor the platform before
 * then, so that it cannot change how the studio starts (an early AWT call, for one, keeps the
 * look and feel from being installed).
 */
public final class WindowOpenerAgent {

    static final String DONE = "done";
    static final String OPENED = "opened ";
    static final String FAILED = "failed ";

    private WindowOpenerAgent() {
    }

    public static void premain(String report) {
        Thread opener = new Thread(() -> openEveryWindow(Path.of(report)), "window-opener-agent");
        opener.setDaemon(true);
        opener.start();
    }

    private static void openEveryWindow(Path report) {
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
            Runnable openAll = () -> {
                for (String id : registeredWindowIds(modules)) {
                    write(report, open(windowManager, windows, id));
                }
                // Whatever the windows queued on the EDT while opening has run when this does.
                EventQueue.invokeLater(() -> write(report, DONE));
            };
            windowManager.getMethod("invokeWhenUIReady", Runnable.class).invoke(windows, openAll);
        } catch (ReflectiveOperationException | IOException | InterruptedException | RuntimeException e) {
            write(report, FAILED + "to start: " + e);
        }
    }

    /** The class loader of all enabled modules: {@code Lookup.getDefault().lookup(ClassLoader.class)}. */
    private static ClassLoader modulesClassLoader() throws ReflectiveOperationException {
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
