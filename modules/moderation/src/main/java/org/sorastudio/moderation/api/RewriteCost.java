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
package org.sorastudio.moderation.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/**
 * What one model rewrite cost: the tokens the server counted, and the price when the model's is known.
 *
 * @param model        the model asked
 * @param inputTokens  tokens read, or -1 when the server did not say
 * @param outputTokens tokens written, or -1 when the server did not say
 * @param dollars      the price in US dollars, or {@code null} when the model's price (or the usage) is not known
 */
@Messages({
    "# {0} - total tokens",
    "# {1} - input tokens",
    "# {2} - output tokens",
    "RewriteCost.tokens={0} tokens ({1} in, {2} out)",
    "RewriteCost.noTokens=tokens not reported",
    "# {0} - dollars",
    "RewriteCost.price=about ${0}",
    "RewriteCost.tiny=less than $0.00001",
    "RewriteCost.unknown=cost unknown"
})
public record RewriteCost(String model, long inputTokens, long outputTokens, BigDecimal dollars) {

    private static final BigDecimal SMALLEST = new BigDecimal("0.00001");

    public Optional<BigDecimal> price() {
        return Optional.ofNullable(dollars);
    }

    /** For a person: "212 tokens (180 in, 32 out), about $0.0001", or "…, cost unknown". */
    public String describe() {
        String tokens = inputTokens < 0 ? Bundle.RewriteCost_noTokens()
                : Bundle.RewriteCost_tokens(inputTokens + outputTokens, inputTokens, outputTokens);
        String price;
        if (dollars == null) {
            price = Bundle.RewriteCost_unknown();
        } else if (dollars.compareTo(SMALLEST) < 0) {
            price = Bundle.RewriteCost_tiny();
        } else {
            price = Bundle.RewriteCost_price(dollars.setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return tokens + ", " + price;
    }
}
