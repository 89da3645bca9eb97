package org.parley.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Briefing models and run summaries as JSON, the form in which the job keeps them between steps. */
public final class BriefingJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BriefingJson() {
    }

    public static String write(Object model) {
        try {
            return JSON.writeValueAsString(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + model.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Writes a model as JSON to a file, as it goes: a run's summary may be tens of megabytes. */
    public static void write(Object model, Path file) {
        try (Writer out = Files.newBufferedWriter(file)) {
            JSON.writeValue(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + model.getClass().getSimpleName() + " to " + file, e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
