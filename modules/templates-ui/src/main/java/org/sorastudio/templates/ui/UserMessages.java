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
package org.sorastudio.templates.ui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.csv.CsvReadException;

/** Problems and questions for the user, in words: never a stack trace. */
@Messages({
    "# {0} - file",
    "UserMessages.noSuchFile={0} does not exist.",
    "# {0} - what went wrong",
    "UserMessages.unexpected=Something went wrong: {0}. The details are in the log."
})
public final class UserMessages {

    private UserMessages() {
    }

    /** What went wrong, in a sentence for the user. */
    public static String describe(Exception e) {
        if (e instanceof DataFileException data) {
            return data.file().getFileName() + ": " + data.problem();
        }
        if (e instanceof CsvFileException || e instanceof CsvReadException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException missing) {
            return Bundle.UserMessages_noSuchFile(missing.getFile());
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return Bundle.UserMessages_unexpected(e.getClass().getSimpleName());
    }

    public static void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }

    public static void info(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.INFORMATION_MESSAGE));
    }

    /** Asks a yes/no question; true for yes. */
    public static boolean confirm(String question, String title) {
        NotifyDescriptor ask = new NotifyDescriptor.Confirmation(question, title, NotifyDescriptor.YES_NO_OPTION,
                NotifyDescriptor.WARNING_MESSAGE);
        return DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.YES_OPTION;
    }
}
