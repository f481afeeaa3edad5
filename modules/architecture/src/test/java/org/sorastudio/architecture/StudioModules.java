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

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The studio's modules as the rules see them: each module's main classes (tests excluded), where
 * they came from (a module jar, or its {@code target/classes} in a reactor build), and the packages
 * its NetBeans manifest makes public.
 */
final class StudioModules {

    /**
     * How a module may be built: engines run headless (the CLI and tests use them), UI modules show windows, and UI
     * support is Swing and platform UI code that UI modules share (below them: it uses no studio module but core, and
     * engines do not use it).
     */
    enum Layer {
        ENGINE, UI, UI_SUPPORT
    }

    /**
     * Every module directory under {@code modules/} with its layer. A new module must be added here and to
     * this module's pom, or {@code everyModuleIsClassified} fails.
     */
    static final Map<String, Layer> LAYERS = Map.ofEntries(
            Map.entry("libs-gson", Layer.ENGINE),
            Map.entry("core", Layer.ENGINE),
            Map.entry("simulator", Layer.ENGINE),
            Map.entry("openai", Layer.ENGINE),
            Map.entry("capabilities", Layer.ENGINE),
            Map.entry("profiles", Layer.ENGINE),
            Map.entry("queue", Layer.ENGINE),
            Map.entry("templates", Layer.ENGINE),
            Map.entry("media", Layer.ENGINE),
            Map.entry("moderation", Layer.ENGINE),
            Map.entry("postprocess", Layer.ENGINE),
            Map.entry("images", Layer.ENGINE),
            Map.entry("production", Layer.ENGINE),
            Map.entry("cli", Layer.ENGINE),
            Map.entry("launcher", Layer.ENGINE),
            Map.entry("ui-support", Layer.UI_SUPPORT),
            Map.entry("studio-ui", Layer.UI),
            Map.entry("profiles-ui", Layer.UI),
            Map.entry("queue-ui", Layer.UI),
            Map.entry("templates-ui", Layer.UI),
            Map.entry("player", Layer.UI),
            Map.entry("storyboard-ui", Layer.UI),
            Map.entry("characters-ui", Layer.UI),
            Map.entry("postprocess-ui", Layer.UI),
            Map.entry("updates", Layer.UI),
            Map.entry("diagnostics", Layer.UI),
            Map.entry("moderation-ui", Layer.UI));

    /** Module directories that hold no studio code: test helpers and these rules. */
    static final Set<String> NOT_MODULES = Set.of("test-support", "test-fixtures", "architecture");

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/test-support") && !location.contains("/test-fixtures")
                    && !location.contains("/architecture/"))
            .importPackages("org.sorastudio");

    private final Map<String, List<JavaClass>> classesByModule;
    private final Map<String, Set<String>> publicPackagesByModule = new HashMap<>();

    StudioModules() {
        classesByModule = ALL.stream().collect(Collectors.groupingBy(StudioModules::moduleOf));
    }

    JavaClasses all() {
        return ALL;
    }

    Set<String> modulesFound() {
        return classesByModule.keySet();
    }

    List<JavaClass> classesOf(String module) {
        return classesByModule.getOrDefault(module, List.of());
    }

    /** The packages other modules may use: the manifest's public packages ({@code a.b.*} or {@code a.b.**}). */
    boolean isPublic(String module, String packageName) {
        Set<String> patterns = publicPackagesByModule.computeIfAbsent(module, this::publicPackages);
        return patterns.stream().anyMatch(pattern -> pattern.endsWith(".**")
                ? packageName.equals(pattern.substring(0, pattern.length() - 3))
                        || packageName.startsWith(pattern.substring(0, pattern.length() - 2))
                : packageName.equals(pattern.substring(0, pattern.length() - 2)));
    }

    /** Whether the module is a NetBeans module (a plain jar such as the launcher declares no packages). */
    boolean isNetBeansModule(String module) {
        return manifestOf(module).map(m -> m.getMainAttributes().getValue("OpenIDE-Module") != null).orElse(false);
    }

    /** The module directory under {@code modules/} that sits under {@code moduleDirectories()}. */
    static Stream<String> moduleDirectories() {
        try (Stream<Path> children = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> !NOT_MODULES.contains(name))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module a class was loaded from: {@code modules/NAME/target/classes} in a reactor build, or the
     * artifact {@code NAME-VERSION.jar} from the local repository.
     */
    static String moduleOf(JavaClass javaClass) {
        URI uri = javaClass.getSource().orElseThrow().getUri();
        String location = uri.toString();
        int target = location.indexOf("/target/");
        if (target > 0 && location.startsWith("file:")) {
            String beforeTarget = location.substring(0, target);
            return beforeTarget.substring(beforeTarget.lastIndexOf('/') + 1);
        }
        String jar = location.substring(0, location.indexOf("!/")).replaceFirst("^jar:", "");
        String artifactFolder = Path.of(URI.create(jar)).getParent().getParent().getFileName().toString();
        return artifactFolder;
    }

    private Set<String> publicPackages(String module) {
        String declared = manifestOf(module).map(m -> m.getMainAttributes().getValue("OpenIDE-Module-Public-Packages")).orElse(null);
        if (declared == null || declared.trim().equals("-")) {
            return Set.of();
        }
        return Arrays.stream(declared.split(",")).map(String::trim).filter(p -> !p.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Where the module's classes and resources are: its {@code target/classes/} folder, or {@code jar:...!/}
     * for its jar (as a URI ending in a slash).
     */
    Optional<String> rootOf(String module) {
        List<JavaClass> classes = classesOf(module);
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        String location = classes.get(0).getSource().orElseThrow().getUri().toString();
        String className = classes.get(0).getName().replace('.', '/') + ".class";
        return Optional.of(location.substring(0, location.length() - className.length()));
    }

    private Optional<Manifest> manifestOf(String module) {
        Optional<String> root = rootOf(module);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new URL(root.get() + "META-INF/MANIFEST.MF").openStream()) {
            return Optional.of(new Manifest(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
