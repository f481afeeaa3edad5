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
package org.sorastudio.core.spi;

/**
 * Shows a failure the one way every failure is shown: what happened, what to do next, the request ids, and a
 * report ready to paste into an issue. The diagnostics module provides it; found through {@code Lookup.getDefault()},
 * and when nobody provides one the action that would call it is not offered. May be called from any thread.
 */
public interface FailureExplainer {

    void explain(FailedWork work);
}
