package org.parley.extraction;

/** How a cue in the lexicon behaves around its source and content. */
enum CueFlag {
    /** It may follow what was said: "..., he said." */
    POST,
    /** Its source may follow it: "..., said Mr. Grushko." */
    INVERT,
    /** An addressee may sit between it and what was said: "told reporters that ...". */
    ADDRESSEE,
    /** Its source follows it and what was said is the rest of the sentence: "according to Interfax". */
    SOURCE_AFTER,
    /** A noun or phrase, not a verb: no inflections. */
    FIXED,
    /**
     * Its source is not written and what is thought is its subject with what follows: "Trump is
     * expected to win", "the plan appears doomed".
     */
    RAISING,
    /** A question that may be asked by nobody named: "Asked if he would run, Trump said ...", "was asked whether". */
    QUESTION,
    /** A verb whose final consonant doubles: "admit", "admitted". */
    DOUBLE,
    /**
     * The writer's judgement or evidence, not anyone's statement ("appears to", "is expected to",
     * "the data show", "we know"): `extract` reports it, a briefing leaves it out.
     */
    WRITER,
    /**
     * A verb of saying and no more ("said", "told", "according to"): a briefing shows what was said
     * without it; with any other cue ("denies", "urged", "ruled out") it shows the cue too.
     */
    PLAIN
}
