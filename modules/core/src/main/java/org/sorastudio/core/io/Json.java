package org.sorastudio.core.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration for studio data files: readable, stable, nulls kept out. */
public final class Json {

    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Json() {
    }
}
