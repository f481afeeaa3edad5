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
package org.sorastudio.postprocess.disk;

import java.nio.file.Path;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.l10n.Texts;

/**
 * Whether a batch fits in its output folder: the numbers a person decides on.
 *
 * @param folder    the output folder
 * @param needed    bytes the batch is expected to take
 * @param free      usable bytes there now ({@code -1} when they could not be read)
 * @param threshold bytes that must stay free after the batch
 * @param problem   why the folder cannot take clips at all (gone and not creatable, read-only), else empty
 */
public record DiskVerdict(Path folder, long needed, long free, long threshold, String problem) {

    /** The messages, in {@code Bundle.properties} beside this class and its translations. */
    private static final Texts TEXTS = Texts.of(DiskVerdict.class);

    public DiskVerdict {
        problem = problem == null ? "" : problem;
    }

    /** Room for the batch with the threshold left over, and a folder that takes files. */
    public boolean fits() {
        return problem.isEmpty() && free >= 0 && free - needed >= threshold;
    }

    /** The warning, with the numbers: what is needed, what is free, what must stay free. */
    public String message() {
        if (!problem.isEmpty()) {
            return problem;
        }
        if (free < 0) {
            return TEXTS.get("DiskVerdict.unreadable", folder);
        }
        LocaleFormat format = LocaleFormat.current();
        return fits()
                ? TEXTS.get("DiskVerdict.fits", format.bytes(needed), folder, format.bytes(free), format.bytes(threshold))
                : TEXTS.get("DiskVerdict.tooFull", format.bytes(needed), folder, format.bytes(free), format.bytes(threshold),
                        format.bytes(Math.max(0, free - needed)));
    }
}
