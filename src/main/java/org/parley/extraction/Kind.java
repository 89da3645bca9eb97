package org.parley.extraction;

import java.util.Locale;

/** How a statement is reported: quoted word for word, paraphrased, or paraphrased with quoted words. */
public enum Kind {
    DIRECT, INDIRECT, MIXED;

    /** The name in the attribution JSONL ("direct"). */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
