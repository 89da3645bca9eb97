package org.parley.round;

/**
 * One reference in one sentence to a meeting: whatever of forum, place, date and ordinal the
 * sentence ties together. A mention without a meeting word near it ("told reporters in Moscow",
 * "said on Wednesday") is only a hint, and makes no round.
 *
 * @param sentence the sentence's index in the article ({@link Sentences})
 * @param start    where the mention starts in the article text
 * @param end      where it ends
 * @param forum    the forum, or null
 * @param place    the venue city, or null
 * @param date     the (first) date, or null
 * @param to       the last day of a stretch of days ("January 10-11"), or null
 * @param vague    true when the date is a loose period ("this week", "in March")
 * @param ordinal  which round of a series, or null
 * @param meeting  true when a meeting word, forum or ordinal says this is about talks
 * @param ahead    true when its clause puts the meeting ahead ("will meet", "meets on Wednesday", "the
 *                 next Strategic Dialogue"), so it is neither the news the lede reports nor a past meeting
 * @param aside    true when it stands in a relative clause ("the ASC, which hosts the Joint Council in
 *                 Valletta on Thursday"): context, not what the sentence's statement is about
 */
record Mention(int sentence, int start, int end, Forum forum, String place, TalksDate date, TalksDate to,
               boolean vague, Integer ordinal, boolean meeting, boolean ahead, boolean aside) {

    /** True when the mention says which meeting it is by more than a date. */
    boolean identifies() {
        return place != null || forum != null || ordinal != null;
    }

    Mention withDate(TalksDate newDate, boolean newVague) {
        return new Mention(sentence, start, end, forum, place, newDate, to, newVague, ordinal, meeting, ahead, aside);
    }
}
