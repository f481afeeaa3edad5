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

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./studio bench theme}: the built studio with every window open switches theme and text size live 15 times
 * ({@link ThemeSwitchAgent}); prints the agent's report and ends with its RESULT line: the median and longest switch
 * (goal: under 500 ms) and the longest EDT stall meanwhile.
 */
public final class ThemeBenchmark {

    private ThemeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "application/target/sorastudio");
        Path folder = Files.createTempDirectory("theme-bench");
        Path agent = WindowOpenerAgent.pack(folder, ThemeSwitchAgent.class);
        Path report = folder.resolve("report.txt");
        try (StudioLaunch studio = StudioLaunch.start(app, folder, "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLine(report, ThemeSwitchAgent.RESULT);
        }
        String result = null;
        for (String line : Files.readAllLines(report)) {
            if (line.startsWith(ThemeSwitchAgent.RESULT)) {
                result = line;
            } else {
                System.out.println(line);
            }
        }
        System.out.println(result);
    }
}
