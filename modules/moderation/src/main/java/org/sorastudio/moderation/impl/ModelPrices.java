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
package org.sorastudio.moderation.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sorastudio.openai.TextResponse.TokenUsage;

/** The known prices of language models ({@code model-prices.properties}), to put a price on a rewrite's tokens. */
public final class ModelPrices {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Map<String, BigDecimal[]> PER_MILLION = load();

    private ModelPrices() {
    }

    /** What {@code usage} on {@code model} costs in US dollars, or empty when the model's price or the usage is not known. */
    public static Optional<BigDecimal> dollars(String model, TokenUsage usage) {
        BigDecimal[] price = PER_MILLION.get(model);
        if (price == null || !usage.known()) {
            return Optional.empty();
        }
        return Optional.of(price[0].multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(price[1].multiply(BigDecimal.valueOf(usage.outputTokens()))).divide(MILLION));
    }

    private static Map<String, BigDecimal[]> load() {
        Properties properties = new Properties();
        try (InputStream in = ModelPrices.class.getResourceAsStream("model-prices.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, BigDecimal[]> prices = new HashMap<>();
        for (String model : properties.stringPropertyNames()) {
            String[] inOut = properties.getProperty(model).split(",");
            prices.put(model, new BigDecimal[]{new BigDecimal(inOut[0].strip()), new BigDecimal(inOut[1].strip())});
        }
        return Map.copyOf(prices);
    }
}
