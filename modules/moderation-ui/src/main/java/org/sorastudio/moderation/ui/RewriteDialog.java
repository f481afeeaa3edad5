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
package org.sorastudio.moderation.ui;

import java.util.List;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.moderation.api.Rewrite;

/** "Rewrite & Resend": the rewrite panel in a dialog; the chosen prompt goes to the queue as the shot's next attempt. */
@Messages({
    "# {0} - the blocked shot",
    "RewriteDialog.title=Rewrite & Resend: {0}",
    "RewriteDialog.send=Rewrite & Resend",
    "RewriteDialog.sent=Sent again with the rewritten prompt: it is in the Queue."
})
final class RewriteDialog {

    private RewriteDialog() {
    }

    /** @param modelRewrite the model rewrite on offer, or {@code null} when the setting is off */
    static void show(FailedWork work, List<Rewrite> rewrites, RewritePanel.ModelRewriteOffer modelRewrite, GenerationQueue queue) {
        RewritePanel panel = new RewritePanel(work.prompt(), rewrites, modelRewrite);
        Object send = Bundle.RewriteDialog_send();
        DialogDescriptor descriptor = new DialogDescriptor(panel, Bundle.RewriteDialog_title(work.title()), true,
                new Object[]{send, DialogDescriptor.CANCEL_OPTION}, send, DialogDescriptor.DEFAULT_ALIGN, null, null);
        if (send.equals(DialogDisplayer.getDefault().notify(descriptor)) && !panel.prompt().isEmpty()) {
            resend(work.shot(), panel.prompt(), queue);
            StatusDisplayer.getDefault().setStatusText(Bundle.RewriteDialog_sent());
        }
    }

    /** The same shot (id, model, size, length, reference) with the new prompt: the Queue shows it as the shot's next attempt. */
    static void resend(Shot shot, String prompt, GenerationQueue queue) {
        queue.enqueue(List.of(shot.withPrompt(prompt)));
    }
}
