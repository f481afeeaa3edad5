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
package org.sorastudio.updates.impl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.netbeans.api.autoupdate.InstallSupport;
import org.netbeans.api.autoupdate.OperationContainer;
import org.netbeans.api.autoupdate.OperationContainer.OperationInfo;
import org.netbeans.api.autoupdate.OperationException;
import org.netbeans.api.autoupdate.OperationSupport.Restarter;
import org.netbeans.api.autoupdate.UpdateElement;
import org.netbeans.api.autoupdate.UpdateManager;
import org.netbeans.api.autoupdate.UpdateUnit;
import org.netbeans.api.autoupdate.UpdateUnitProvider;
import org.netbeans.api.autoupdate.UpdateUnitProviderFactory;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.updates.api.InstallResult;
import org.sorastudio.updates.api.ModuleUpdate;
import org.sorastudio.updates.api.ModuleUpdates;
import org.sorastudio.updates.api.UpdateException;

/** {@link ModuleUpdates} over the platform's autoupdate services. */
@ServiceProvider(service = ModuleUpdates.class)
@Messages({
    "# {0} - update center name",
    "# {1} - URL",
    "# {2} - reason",
    "Updates.unreachable=The update center \"{0}\" cannot be reached at {1} ({2}). Check the network, or the "
            + "update center''s address in Tools > Plugins > Settings.",
    "# {0} - module",
    "Updates.modified={0} differs from what the update center announced: it was modified or damaged on its way.",
    "# {0} - module",
    "Updates.unsigned={0} is not signed.",
    "# {0} - module",
    "Updates.untrusted={0} is signed by a publisher this studio does not trust.",
    "# {0} - problems",
    "Updates.refused=Nothing was installed: {0}",
    "# {0} - module",
    "Updates.cannotAdd=The update of {0} cannot be installed in this studio (a module it needs is missing or switched off).",
    "# {0} - reason",
    "Updates.failed=Nothing was installed: {0}"
})
public final class AutoupdateModuleUpdates implements ModuleUpdates {

    private static final Logger LOG = Logger.getLogger(AutoupdateModuleUpdates.class.getName());

    @Override
    public List<ModuleUpdate> check() throws UpdateException {
        for (UpdateUnitProvider center : UpdateUnitProviderFactory.getDefault().getUpdateUnitProviders(true)) {
            String url = String.valueOf(center.getProviderURL());
            try {
                // Its answer tells nothing (the platform's implementation always answers false): a center that
                // cannot be read throws.
                center.refresh(null, true);
            } catch (IOException e) {
                throw new UpdateException(Bundle.Updates_unreachable(center.getDisplayName(), url, reason(e)), e);
            }
        }
        List<ModuleUpdate> updates = new ArrayList<>();
        for (UpdateUnit unit : UpdateManager.getDefault().getUpdateUnits(UpdateManager.TYPE.MODULE)) {
            if (unit.getInstalled() != null && !unit.getAvailableUpdates().isEmpty()) {
                updates.add(describe(unit.getInstalled(), unit.getAvailableUpdates().get(0)));
            }
        }
        return updates;
    }

    @Override
    public InstallResult install(List<ModuleUpdate> updates) throws UpdateException {
        OperationContainer<InstallSupport> container = OperationContainer.createForUpdate();
        for (ModuleUpdate update : updates) {
            UpdateUnit unit = UpdateManager.getDefault().getUpdateUnits(UpdateManager.TYPE.MODULE).stream()
                    .filter(u -> u.getCodeName().equals(update.codeName()) && !u.getAvailableUpdates().isEmpty())
                    .findFirst().orElseThrow(() -> new UpdateException(Bundle.Updates_cannotAdd(update.displayName())));
            UpdateElement newest = unit.getAvailableUpdates().get(0);
            if (!container.canBeAdded(unit, newest)) {
                throw new UpdateException(Bundle.Updates_cannotAdd(update.displayName()));
            }
            container.add(newest);
        }
        Set<UpdateElement> required = new LinkedHashSet<>();
        container.listAll().forEach(info -> required.addAll(info.getRequiredElements()));
        required.forEach(container::add);
        if (!container.listInvalid().isEmpty()) {
            throw new UpdateException(Bundle.Updates_cannotAdd(container.listInvalid().get(0).getUpdateElement().getDisplayName()));
        }
        InstallSupport support = container.getSupport();
        try {
            // Into the user directory: the installation may be read-only, and a broken update is undone there.
            InstallSupport.Validator downloaded = support.doDownload(null, Boolean.FALSE, true);
            InstallSupport.Installer verified = support.doValidate(downloaded, null);
            List<String> refusals = refusals(support, verified, container.listAll());
            if (!refusals.isEmpty()) {
                support.doCancel();
                throw new UpdateException(Bundle.Updates_refused(String.join(" ", refusals)));
            }
            List<ModuleUpdate> installed = container.listAll().stream()
                    .map(info -> describe(info.getUpdateUnit().getInstalled(), info.getUpdateElement())).toList();
            Restarter restarter = support.doInstall(verified, null);
            if (restarter != null) {
                support.doRestartLater(restarter);
            }
            LOG.info(() -> "Installed " + installed + (restarter != null ? "; active after a restart" : ""));
            return new InstallResult(installed, restarter != null);
        } catch (OperationException e) {
            cancelQuietly(support);
            String reason = e.getErrorType() == OperationException.ERROR_TYPE.MODIFIED
                    ? Bundle.Updates_modified(container.listAll().get(0).getUpdateElement().getDisplayName())
                    : reason(e);
            throw new UpdateException(Bundle.Updates_failed(reason), e);
        }
    }

    /** Every module that must not be installed, and why, in words for the user. */
    private static List<String> refusals(InstallSupport support, InstallSupport.Installer verified,
            List<OperationInfo<InstallSupport>> modules) {
        List<String> refusals = new ArrayList<>();
        for (OperationInfo<InstallSupport> info : modules) {
            UpdateElement module = info.getUpdateElement();
            // The platform files each module under exactly one verdict: a trusted module is not "signed".
            if (support.isContentModified(verified, module)) {
                refusals.add(Bundle.Updates_modified(module.getDisplayName()));
            } else if (support.isTrusted(verified, module)) {
                continue;
            } else if (support.isSignedVerified(verified, module) || support.isSignedUnverified(verified, module)) {
                refusals.add(Bundle.Updates_untrusted(module.getDisplayName()));
            } else {
                refusals.add(Bundle.Updates_unsigned(module.getDisplayName()));
            }
        }
        return refusals;
    }

    private static ModuleUpdate describe(UpdateElement installed, UpdateElement available) {
        return new ModuleUpdate(available.getCodeName(), available.getDisplayName(),
                installed == null ? "-" : installed.getSpecificationVersion(), available.getSpecificationVersion());
    }

    private static String reason(Exception e) {
        String message = e.getLocalizedMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void cancelQuietly(InstallSupport support) {
        try {
            support.doCancel();
        } catch (OperationException e) {
            LOG.fine(() -> "Cancelling the failed update: " + e);
        }
    }
}
