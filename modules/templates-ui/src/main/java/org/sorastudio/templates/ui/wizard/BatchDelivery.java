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
package org.sorastudio.templates.ui.wizard;

import java.util.List;
import java.util.stream.Stream;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.production.api.ShotProduction.SendOutcome;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.ui.wizard.CsvImportModel.Destination;

/**
 * Finish: the valid shots of a plan are sent ({@link ShotProduction#send}: into the project, to the
 * {@link GenerationQueue}, into the prompt history) in chunks as the file is read again, or go into the
 * project as drafts when there is no queue or the user asked for drafts.
 * Runs off the EDT; returns what happened, in words.
 */
@Messages({
    "# {0} - count",
    "BatchDelivery.queued={0} shot(s) were sent to the generation queue.",
    "# {0} - count",
    "BatchDelivery.drafts={0} shot(s) were added to the project as drafts.",
    "# {0} - count",
    "BatchDelivery.noQueue=No generation backend is installed: {0} shot(s) were added to the project as drafts.",
    "BatchDelivery.noProject=No project is open, so the shots could not be added as drafts.",
    "# {0} - count",
    "BatchDelivery.sending=Sent {0} shot(s)…"
})
final class BatchDelivery {

    /** Shots handed to the queue at a time, so a long batch is never held in memory. */
    static final int CHUNK = 500;

    private BatchDelivery() {
    }

    static String deliver(BatchPlan plan, Destination destination, Lookup services, ProgressHandle progress) throws CsvFileException {
        ShotProduction production = ShotProduction.using(services);
        boolean queueInstalled = services.lookup(GenerationQueue.class) != null;
        if (destination == Destination.QUEUE && queueInstalled) {
            long[] sent = {0};
            plan.sendValidShots(chunk -> {
                production.send(chunk);
                sent[0] += chunk.size();
                progress.progress(Bundle.BatchDelivery_sending(sent[0]));
            }, CHUNK);
            return Bundle.BatchDelivery_queued(sent[0]);
        }
        List<Shot> shots;
        try (Stream<Shot> valid = plan.validShots()) {
            shots = valid.toList();
        }
        if (production.keepAsDrafts(shots) == SendOutcome.NO_PROJECT) {
            return Bundle.BatchDelivery_noProject();
        }
        return queueInstalled ? Bundle.BatchDelivery_drafts(shots.size()) : Bundle.BatchDelivery_noQueue(shots.size());
    }
}
