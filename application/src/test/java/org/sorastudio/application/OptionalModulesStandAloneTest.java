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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each optional feature module can be switched off in Tools > Plugins without taking another module
 * with it: in the built studio, no module that the platform enables depends on one of them.
 */
class OptionalModulesStandAloneTest {

    /** The features a user may switch off (Tools > Plugins shows exactly these, plus the two essentials). */
    static final List<String> OPTIONAL = List.of("org.sorastudio.templates.ui", "org.sorastudio.storyboard.ui",
            "org.sorastudio.characters.ui",
            "org.sorastudio.player", "org.sorastudio.queue.ui", "org.sorastudio.simulator", "org.sorastudio.updates",
            "org.sorastudio.diagnostics", "org.sorastudio.moderation.ui", "org.sorastudio.postprocess.ui");

    @Test
    void noEnabledModuleDependsOnAnOptionalOne() throws IOException {
        Path cluster = Path.of(System.getProperty("sorastudio.app.dir"), "sorastudio");
        Map<String, List<String>> dependencies = new TreeMap<>();
        try (Stream<Path> jars = Files.list(cluster.resolve("modules"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Attributes manifest = file.getManifest().getMainAttributes();
                    String name = manifest.getValue("OpenIDE-Module").replaceAll("/.*", "");
                    String configName = "config/Modules/" + name.replace('.', '-') + ".xml";
                    if (Files.readString(cluster.resolve(configName)).contains("<param name=\"autoload\">true</param>")) {
                        continue; // enabled only for a module that needs it
                    }
                    String declared = manifest.getValue("OpenIDE-Module-Module-Dependencies");
                    dependencies.put(name, declared == null ? List.of()
                            : Arrays.stream(declared.split(",")).map(d -> d.trim().split("[ /]")[0]).toList());
                }
            }
        }
        assertThat(dependencies).containsKeys(OPTIONAL.toArray(String[]::new));
        dependencies.forEach((module, needs) -> assertThat(needs).as("%s's dependencies", module).doesNotContainAnyElementsOf(OPTIONAL));
    }
}
