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
package org.sorastudio.core.impl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.core.model.Shot;

/** Runs in a separate JVM: autosaves and saves as fast as it can until it is killed. */
public final class AutosaveCrashChild {

    static final String AUTOSAVED = "AUTOSAVED";

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        DefaultProjectSession session = new DefaultProjectSession(folder.resolve("autosave"), 0);
        Path projectFile = folder.resolve("crash.sorastudio");
        if (!java.nio.file.Files.exists(projectFile)) {
            session.saveAs(projectFile);
        } else {
            session.open(projectFile);
        }
        System.out.println("READY");
        System.out.flush();
        for (int round = 0; ; round++) {
            final int n = round;
            session.edit(p -> {
                List<Shot> shots = new ArrayList<>(p.shots());
                shots.add(Shot.create("Shot " + n + " " + "lorem ipsum ".repeat(200)));
                if (shots.size() > 40) {
                    shots.remove(0);
                }
                return p.withShots(shots);
            });
            session.autosave();
            if (round % 3 == 0) {
                session.save();
            }
            if (round == 1) {
                // unsaved work is now in the recovery file: however slow this machine, a kill from here on can hit it
                System.out.println(AUTOSAVED);
                System.out.flush();
            }
        }
    }
}
