package org.parley.extraction;

/** What the bundled cue lexicon says of a cue as written, for those who show statements. */
public final class CueWords {

    private static final CueLexicon LEXICON = CueLexicon.bundled();

    private CueWords() {
    }

    /**
     * Whether the cue is a verb of saying and no more ("said", "told reporters", "according to"),
     * so that what was said reads right without it; false for "denies", "urged", "ruled out".
     */
    public static boolean plain(String cue) {
        if (cue == null || cue.isBlank()) {
            return true;
        }
        CueEntry entry = LEXICON.entryOf(cue);
        return entry == null || entry.has(CueFlag.PLAIN);
    }
}
