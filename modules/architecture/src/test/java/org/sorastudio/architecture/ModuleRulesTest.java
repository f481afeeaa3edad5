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
package org.sorastudio.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sorastudio.architecture.StudioModules.Layer;

/** The module rules of the project (see ARCHITECTURE.md), checked on the classes every module ships. */
class ModuleRulesTest {

    /**
     * What an engine may not touch: Swing, AWT's windows, events, clipboard and drag and drop, and the
     * platform's window system, nodes, dialogs ({@code org.openide.DialogDisplayer}) and options. Drawing on an image
     * ({@code java.awt.image}, {@code Graphics2D}, {@code Color}) works headless and is allowed.
     */
    private static final DescribedPredicate<JavaClass> USER_INTERFACE = resideInAnyPackage(
            "javax.swing..", "java.awt.event..", "java.awt.datatransfer..", "java.awt.dnd..",
            "org.openide.windows..", "org.openide.awt..", "org.openide.explorer..", "org.openide.nodes..",
            "org.openide.actions..", "org.openide", "org.netbeans.api.options..", "org.netbeans.spi.options..",
            "org.netbeans.api.progress..", "org.netbeans.swing..")
            .or(assignableTo(java.awt.Component.class))
            .or(assignableTo(java.awt.Toolkit.class))
            .or(assignableTo(java.awt.Desktop.class))
            .or(assignableTo(java.awt.SystemTray.class))
            .as("user-interface classes (Swing, AWT windows and events, the platform's window system)");

    private final StudioModules modules = new StudioModules();

    @Test
    void everyModuleIsClassifiedAndChecked() {
        List<String> directories = StudioModules.moduleDirectories().toList();
        assertThat(StudioModules.LAYERS.keySet())
                .as("modules/ and StudioModules.LAYERS: a new module needs its layer")
                .containsExactlyInAnyOrderElementsOf(directories);
        assertThat(modules.modulesFound())
                .as("modules whose classes are on this module's test classpath: a new module needs a dependency in its pom")
                .containsAll(directories.stream().filter(d -> !d.equals("libs-gson")).toList());
    }

    @Test
    void enginesUseNoUserInterface() {
        DescribedPredicate<JavaClass> inEngine = describe("in an engine module",
                c -> StudioModules.LAYERS.get(StudioModules.moduleOf(c)) == Layer.ENGINE);
        noClasses().that(inEngine).should().dependOnClassesThat(USER_INTERFACE).check(modules.all());

        // the same rule, put to the queue window's classes, must object: it sees what it should
        DescribedPredicate<JavaClass> inQueueWindow = describe("in queue-ui", c -> StudioModules.moduleOf(c).equals("queue-ui"));
        assertThatThrownBy(() -> noClasses().that(inQueueWindow).should().dependOnClassesThat(USER_INTERFACE).check(modules.all()))
                .hasMessageContaining("javax.swing");
    }

    @Test
    void userInterfaceModulesDoNotUseEachOther() {
        List<String> violations = new ArrayList<>();
        int crossModule = 0;
        for (Map.Entry<String, Layer> module : StudioModules.LAYERS.entrySet()) {
            if (module.getValue() != Layer.UI) {
                continue;
            }
            for (JavaClass javaClass : modules.classesOf(module.getKey())) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = studioModuleOf(dependency.getTargetClass());
                    if (target != null && !target.equals(module.getKey())) {
                        crossModule++;
                        if (StudioModules.LAYERS.get(target) == Layer.UI) {
                            violations.add(module.getKey() + " uses " + target + ": " + dependency.getDescription());
                        }
                    }
                }
            }
        }
        assertThat(crossModule).as("uses of other modules seen (UI modules build on core and engines)").isGreaterThan(100);
        assertThat(violations).as("UI modules reach each other only through core's SPI").isEmpty();
    }

    @Test
    void userInterfaceSupportIsBelowEveryStudioModule() {
        List<String> violations = new ArrayList<>();
        int supportClasses = 0;
        for (Map.Entry<String, Layer> module : StudioModules.LAYERS.entrySet()) {
            for (JavaClass javaClass : modules.classesOf(module.getKey())) {
                supportClasses += module.getValue() == Layer.UI_SUPPORT ? 1 : 0;
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = studioModuleOf(dependency.getTargetClass());
                    if (target == null || target.equals(module.getKey())) {
                        continue;
                    }
                    boolean supportUsesAModule = module.getValue() == Layer.UI_SUPPORT && !target.equals("core");
                    boolean engineUsesSupport = module.getValue() == Layer.ENGINE && StudioModules.LAYERS.get(target) == Layer.UI_SUPPORT;
                    if (supportUsesAModule || engineUsesSupport) {
                        violations.add(module.getKey() + " uses " + target + ": " + dependency.getDescription());
                    }
                }
            }
        }
        assertThat(supportClasses).as("UI support classes seen").isPositive();
        assertThat(violations).as("UI support uses no studio module but core, and no engine uses it").isEmpty();
    }

    @Test
    void modulesUseOnlyEachOthersPublicPackages() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String module : modules.modulesFound()) {
            for (JavaClass javaClass : modules.classesOf(module)) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String owner = studioModuleOf(target);
                    if (owner == null || owner.equals(module) || !modules.isNetBeansModule(owner)) {
                        continue;
                    }
                    checked++;
                    if (!modules.isPublic(owner, target.getPackageName())) {
                        violations.add(module + " reaches " + owner + "'s private package " + target.getPackageName()
                                + ": " + dependency.getDescription());
                    }
                }
            }
        }
        assertThat(checked).as("uses of another module's classes checked").isGreaterThan(100);
        assertThat(modules.isPublic("queue", "org.sorastudio.queue.impl")).as("queue's engine is private").isFalse();
        assertThat(violations).as("a module's private packages are its own").isEmpty();
    }

    /** The studio module a dependency's target belongs to, or {@code null} for the JDK, the platform and libraries. */
    private static String studioModuleOf(JavaClass target) {
        if (!target.getPackageName().startsWith("org.sorastudio") || target.getSource().isEmpty()) {
            return null;
        }
        return StudioModules.moduleOf(target);
    }
}
