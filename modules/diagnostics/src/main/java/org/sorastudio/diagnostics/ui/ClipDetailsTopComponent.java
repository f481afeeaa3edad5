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
package org.sorastudio.diagnostics.ui;

import java.awt.BorderLayout;
import java.nio.file.Path;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** One clip's details in the editor area: its sidecar as JSON. Not kept across restarts: the file is the record. */
@TopComponent.Description(preferredID = "ClipDetailsTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - file name",
    "ClipDetails.title=Details: {0}"
})
final class ClipDetailsTopComponent extends TopComponent {

    private final Path sidecar;

    ClipDetailsTopComponent(Path sidecar) {
        this.sidecar = sidecar;
        setName(Bundle.ClipDetails_title(sidecar.getFileName()));
        setToolTipText(sidecar.toString());
        setLayout(new BorderLayout());
        JsonView view = new JsonView();
        add(view, BorderLayout.CENTER);
        view.open(sidecar);
    }

    Path sidecar() {
        return sidecar;
    }
}
