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
package org.sorastudio.queue.ui;

import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.testing.fixtures.SimulatorClientProvider;

/** This module's tests find test-fixtures' simulator provider in {@code Lookup}. */
@ServiceProvider(service = ApiClientProvider.class)
public final class TestClientProvider extends SimulatorClientProvider {
}
