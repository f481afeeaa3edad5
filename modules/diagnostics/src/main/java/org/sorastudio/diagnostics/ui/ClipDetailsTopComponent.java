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
