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
import java.awt.EventQueue;
import java.awt.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

/**
 * A Java agent for the built studio ({@code -J-javaagent:JAR=REPORT}) that writes every entry of the main window's
 * menu bar, each top menu's items and their submenus', as the user would see them opened: one {@value #ITEM} line
 * {@code MENU PATH|MNEMONIC|TEXT} each (the mnemonic as a letter, {@code -} for none), one {@value #OURS} line with the
 * display name (its {@code &} left in) of each entry the studio's own modules put in the menus' layer folders, then
 * {@value #DONE}. It waits
 * for the studio to log that its main window shows, touching AWT only then, as {@link WindowOpenerAgent} does.
 */
public final class MenuMnemonicsAgent {

    static final String ITEM = "item ";
    static final String OURS = "ours ";
    static final String DONE = "every menu done";
    static final String FAILED = "failed ";
    /** How long the platform's lazily filled menus get to fill themselves once asked for their items. */
    private static final long FILL_MILLIS = 300;

    private MenuMnemonicsAgent() {
    }

    public static void premain(String report) {
        Thread reader = new Thread(() -> readMenus(Path.of(report)), "menu-mnemonics-agent");
        reader.setDaemon(true);
        reader.start();
    }

    private static void readMenus(Path report) {
        try {
            while (System.getProperty("netbeans.user") == null) {
                Thread.sleep(100);
            }
            Path log = Path.of(System.getProperty("netbeans.user"), "var", "log", "messages.log");
            while (!Files.isRegularFile(log) || !Files.readString(log).contains(StudioLaunch.READY)) {
                Thread.sleep(100);
            }
            // the platform fills a menu when it is first shown (LazyMenu): ask each for its popup, twice, with a pause
            for (int round = 0; round < 2; round++) {
                EventQueue.invokeAndWait(() -> menus().forEach(menu -> fill(menu)));
                Thread.sleep(FILL_MILLIS);
            }
            List<String> lines = new ArrayList<>();
            EventQueue.invokeAndWait(() -> menus().forEach(menu -> describe(menu, "", lines)));
            lines.forEach(line -> write(report, ITEM + line));
            ours(WindowOpenerAgent.modulesClassLoader(), "Menu").forEach(name -> write(report, OURS + name));
            write(report, DONE);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            write(report, FAILED + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The main window's top menus. */
    private static List<JMenu> menus() {
        List<JMenu> menus = new ArrayList<>();
        for (Frame frame : Frame.getFrames()) {
            if (frame instanceof JFrame main && frame.isShowing() && main.getJMenuBar() != null) {
                JMenuBar bar = main.getJMenuBar();
                for (int i = 0; i < bar.getMenuCount(); i++) {
                    if (bar.getMenu(i) != null && bar.getMenu(i).isVisible()) {
                        menus.add(bar.getMenu(i));
                    }
                }
            }
        }
        return menus;
    }

    private static void fill(JMenu menu) {
        menu.getPopupMenu();
        // what a menu shows is computed when it opens: the platform listens for the menu being selected
        menu.getModel().setSelected(true);
        menu.getModel().setSelected(false);
        for (Component child : menu.getMenuComponents()) {
            if (child instanceof JMenu submenu) {
                fill(submenu);
            }
        }
    }

    private static void describe(JMenuItem item, String parent, List<String> lines) {
        String text = item.getText() == null ? "" : item.getText();
        String path = parent.isEmpty() ? text : parent + " > " + text;
        String mnemonic = item.getMnemonic() == 0 ? "-" : String.valueOf((char) item.getMnemonic());
        lines.add((parent.isEmpty() ? "(menu bar)" : parent) + "|" + mnemonic + "|" + text);
        if (item instanceof JMenu menu) {
            for (Component child : menu.getMenuComponents()) {
                if (child instanceof JMenuItem entry && child.isVisible()) {
                    describe(entry, path, lines);
                }
            }
        }
    }

    /** The display names of the studio's entries under the layer folder {@code path} and its subfolders. */
    private static List<String> ours(ClassLoader modules, String path) throws ReflectiveOperationException {
        Class<?> fileUtil = modules.loadClass("org.openide.filesystems.FileUtil");
        Class<?> fileObject = modules.loadClass("org.openide.filesystems.FileObject");
        Object folder = fileUtil.getMethod("getConfigFile", String.class).invoke(null, path);
        List<String> names = new ArrayList<>();
        for (Object child : (Object[]) fileObject.getMethod("getChildren").invoke(folder)) {
            String childPath = (String) fileObject.getMethod("getPath").invoke(child);
            if ((Boolean) fileObject.getMethod("isFolder").invoke(child)) {
                names.addAll(ours(modules, childPath));
                continue;
            }
            Object original = fileObject.getMethod("getAttribute", String.class).invoke(child, "originalFile");
            String target = original == null ? childPath : original.toString();
            if (target.contains("sorastudio")) {
                Object action = original == null ? child : fileUtil.getMethod("getConfigFile", String.class).invoke(null, target);
                Object name = action == null ? null : fileObject.getMethod("getAttribute", String.class).invoke(action, "displayName");
                names.add(name == null ? target : name.toString());
            }
        }
        return names;
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
