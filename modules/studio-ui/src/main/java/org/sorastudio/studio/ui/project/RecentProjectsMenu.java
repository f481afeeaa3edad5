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
package org.sorastudio.studio.ui.project;

import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;
import org.sorastudio.core.project.RecentProjects;

/** File > Recent Projects: rebuilt each time it opens, so moved or deleted files never show. */
@ActionID(category = "File", id = "org.sorastudio.studio.ui.project.RecentProjectsMenu")
@ActionRegistration(displayName = "#RecentProjects.menu", lazy = false)
@ActionReference(path = "Menu/File", position = 30)
@Messages({
    "RecentProjects.menu=Recent &Projects",
    "RecentProjects.none=(none)",
    "RecentProjects.clear=Clear List"
})
public final class RecentProjectsMenu extends AbstractAction implements Presenter.Menu {

    public RecentProjectsMenu() {
        super(Bundle.RecentProjects_menu());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        // The submenu is the action; its items do the work.
    }

    @Override
    public JMenuItem getMenuPresenter() {
        JMenu menu = new JMenu();
        org.openide.awt.Mnemonics.setLocalizedText(menu, Bundle.RecentProjects_menu());
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fill(menu);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return menu;
    }

    private static void fill(JMenu menu) {
        menu.removeAll();
        RecentProjects recent = Lookup.getDefault().lookup(RecentProjects.class);
        List<Path> projects = recent.list();
        if (projects.isEmpty()) {
            JMenuItem none = new JMenuItem(Bundle.RecentProjects_none());
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int index = 1;
        for (Path project : projects) {
            JMenuItem item = new JMenuItem((index <= 9 ? index + "  " : "") + project.getFileName());
            if (index <= 9) {
                item.setMnemonic('0' + index);
            }
            item.setToolTipText(project.toString());
            item.addActionListener(e -> {
                if (ProjectCommands.confirmDiscardOrSave()) {
                    ProjectCommands.openFile(project);
                }
            });
            menu.add(item);
            index++;
        }
        menu.addSeparator();
        JMenuItem clear = new JMenuItem(Bundle.RecentProjects_clear());
        clear.addActionListener(e -> recent.clear());
        menu.add(clear);
    }
}
