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
package org.sorastudio.postprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in a hook's arguments. Each argument stays one argument whatever its value
 * holds (spaces, quotes, semicolons): there is no shell to split or interpret it. {@code {{} } and {@code }}}
 * write literal braces, so ffmpeg filter expressions with braces can still be given.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|}}|\\{([a-z_]+)}");

    private Placeholders() {
    }

    /** The arguments with every placeholder replaced by its value. */
    public static List<String> expand(List<String> arguments, Map<String, String> values) throws HookException {
        List<String> expanded = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            expanded.add(expand(argument, values));
        }
        return expanded;
    }

    private static String expand(String argument, Map<String, String> values) throws HookException {
        Matcher matcher = PLACEHOLDER.matcher(argument);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group();
            String replacement;
            if (token.equals("{{")) {
                replacement = "{";
            } else if (token.equals("}}")) {
                replacement = "}";
            } else {
                String name = matcher.group(1);
                replacement = values.get(name);
                if (replacement == null) {
                    throw new HookException(ClipValues.NAMES.contains(name)
                            ? "the placeholder {" + name + "} has no value for this clip"
                            : "there is no placeholder {" + name + "}; known: " + known());
                }
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String known() {
        return String.join(", ", ClipValues.NAMES.stream().map(name -> "{" + name + "}").toList());
    }
}
