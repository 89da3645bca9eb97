package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.parley.round.Sentences.Sentence;

/**
 * Gathers an article's mentions into the meetings it speaks of. An undated meeting of the headline
 * or lede first takes the lede's date, as wire stories put the day of the news in their first
 * sentence ("NATO said on Wednesday ..."). Then mentions with a place group by place; a forum
 * without a place joins the one placed meeting it fits; a meeting named by its day alone ("talks
 * on Monday") is an event too, which can only join a round others name.
 */
final class ArticleEvents {

    /** The title and the first body sentences: where a story says what it is about. */
    private static final int LEDE_SENTENCES = 3;
    /** The score of a meeting named in the headline or first paragraph. */
    static final int LEDE_SCORE = 3;

    private final List<Sentence> sentences;
    private final List<Mention> mentions;
    private final int titles;

    private ArticleEvents(List<Sentence> sentences, List<Mention> mentions) {
        this.sentences = sentences;
        this.mentions = mentions;
        this.titles = sentences.isEmpty() || !sentences.get(0).isTitle() ? 0 : 1;
    }

    /**
     * The meetings of one article, most talked-about first; {@code background} are the mentions
     * the lede recalls as the past the news follows ("After Monday's talks in Oslo, ..."), which
     * do not make the article about them.
     */
    static List<ArticleEvent> of(String doc, List<Sentence> sentences, List<Mention> mentions, TalksDate near,
                                 List<Mention> background) {
        ArticleEvents reader = new ArticleEvents(sentences, mentions);
        Mention ledeDay = reader.ledeDate(mentions);
        List<Mention> dated = mentions.stream().map(m -> reader.withLedeDate(m, ledeDay)).toList();
        List<EventGroup> groups = group(dated, near);
        if (groups.size() == 1 && ledeDay != null && groups.get(0).start == null && groups.get(0).accepts(ledeDay)) {
            groups.get(0).addDate(ledeDay.date(), ledeDay.to(), false);
        }
        List<Mention> hints = dated.stream().filter(m -> !m.meeting() && m.place() != null
                && reader.isLede(m.sentence())).toList();
        // "a crucial meeting on Monday ... will travel to Russia's Black Sea resort of Sochi": the one
        // place the lede goes to is where its unplaced meeting is held.
        Set<String> ledePlaces = hints.stream().map(Mention::place).collect(java.util.stream.Collectors.toSet());
        if (ledePlaces.size() == 1) {
            String city = ledePlaces.iterator().next();
            for (EventGroup g : groups) {
                if (g.place == null && g.mentions.stream().anyMatch(m -> reader.isLede(m.sentence()))
                        && groups.stream().noneMatch(o -> RoundLexicon.bundled().samePlace(o.place, city))) {
                    g.place = city;
                    break;
                }
            }
        }
        int[] scores = groups.stream().mapToInt(g -> reader.score(g.mentions, background)
                + reader.score(supporting(g, hints), List.of())).toArray();
        int top = java.util.Arrays.stream(scores).max().orElse(0);
        List<ArticleEvent> events = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            EventGroup g = groups.get(i);
            boolean ahead = g.mentions.stream().allMatch(Mention::ahead);
            boolean news = !ahead && g.mentions.stream().anyMatch(m -> reader.isLede(m.sentence())
                    && !recalled(m, background));
            events.add(new ArticleEvent(doc, g.forum, g.place, g.start, g.end, g.ordinal, g.mentions, scores[i], near,
                    news || scores[i] == top, ahead));
        }
        events.sort(Comparator.comparingInt(ArticleEvent::score).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return events;
    }

    /** Placed mentions first, then forums without a place, then meetings named by their day alone. */
    private static List<EventGroup> group(List<Mention> mentions, TalksDate day) {
        List<EventGroup> groups = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.meeting() && m.place() != null) {
                join(groups, m, false, day);
            }
        }
        int placed = groups.size();
        for (Mention m : mentions) {
            if (m.meeting() && m.place() == null && m.identifies()) {
                join(groups, m, placed > 1, day);
            }
        }
        for (Mention m : mentions) {
            if (m.meeting() && !m.identifies() && m.date() != null) {
                List<EventGroup> fits = groups.stream().filter(g -> g.start != null && g.accepts(m)).toList();
                if (fits.size() == 1) {
                    fits.get(0).add(m);
                } else if (fits.isEmpty()) {
                    groups.add(new EventGroup(m));
                }
            }
        }
        return groups;
    }

    /**
     * Joins the group the mention fits. A mention without a place, among several placed meetings,
     * joins only one that it names alike (forum, ordinal) or that both date: a bare forum fits any
     * undated meeting, and a guess between them would misplace it. "The next Council" joins no
     * Council that met before the article's {@code day}.
     */
    private static void join(List<EventGroup> groups, Mention m, boolean choosy, TalksDate day) {
        List<EventGroup> fits = groups.stream().filter(g -> g.accepts(m) && !(m.ahead() && m.date() == null
                && DateWindows.before(g.window(), day))).toList();
        if (choosy && m.place() == null) {
            List<EventGroup> alike = fits.stream().filter(g -> g.forum != null && m.forum() != null
                    && g.forum.key().equals(m.forum().key()) || m.ordinal() != null
                    && Objects.equals(g.ordinal, m.ordinal())).toList();
            fits = !alike.isEmpty() ? alike
                    : fits.stream().filter(g -> g.start != null && !g.vague && m.date() != null && !m.vague()).toList();
        }
        if (fits.size() == 1 || m.place() != null && !fits.isEmpty()) {
            fits.get(0).add(m);
        } else {
            groups.add(new EventGroup(m));
        }
    }

    /** The lede's hints at the group's place and dates: "announced on Thursday in Valletta". */
    private static List<Mention> supporting(EventGroup g, List<Mention> hints) {
        return hints.stream().filter(h -> RoundLexicon.bundled().samePlace(h.place(), g.place)
                && (h.date() == null || g.start == null
                || DateWindows.compatible(g.window(), h.date(), 0))).toList();
    }

    /**
     * An undated meeting or place of the headline or lede takes the lede's day, unless its clause
     * puts it ahead ("a day before the two sides meet in Vienna"); so does a loosely dated one ("the
     * second attempt this week") in another sentence. In the lede's own sentence a loose date is
     * what the writer meant: "said on Wednesday that this week's talks had been useful".
     */
    private Mention withLedeDate(Mention m, Mention lede) {
        if (lede == null || m == lede || m.ahead() || !isLede(m.sentence()) || m.place() == null && !m.meeting()) {
            return m;
        }
        boolean loose = m.date() != null && m.vague() && m.sentence() != lede.sentence()
                && DateWindows.compatible(m.date(), lede.date(), 0);
        return (m.date() == null || loose) && !datedBeside(m, lede) ? m.withDate(lede.date(), false) : m;
    }

    /**
     * True when the lede's own sentence dates the same meeting otherwise: the same place ("this
     * week's talks in Istanbul"), forum or round of a series ("the ninth round ... next Monday").
     */
    private boolean datedBeside(Mention m, Mention lede) {
        return mentions.stream().anyMatch(o -> o != m && o.sentence() == lede.sentence() && o.date() != null
                && !o.date().equals(lede.date()) && alike(m, o));
    }

    private static boolean alike(Mention a, Mention b) {
        return RoundLexicon.bundled().samePlace(a.place(), b.place())
                || a.ordinal() != null && a.ordinal().equals(b.ordinal())
                || a.forum() != null && b.forum() != null && a.forum().key().equals(b.forum().key());
    }

    /**
     * The first sharp date in the first two body sentences that is not already a named meeting's:
     * the day the story reports.
     */
    private Mention ledeDate(List<Mention> mentions) {
        int body = 0;
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                continue;
            }
            if (++body > 2) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.sentence() == s.index() && m.date() != null && !m.vague() && m.to() == null
                        && !(m.meeting() && m.identifies())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True when the mention (or its copy with the lede's date) is one the lede recalls as background. */
    private static boolean recalled(Mention m, List<Mention> background) {
        return background.stream().anyMatch(b -> b.sentence() == m.sentence() && b.start() == m.start());
    }

    private boolean isLede(int index) {
        return index < titles + LEDE_SENTENCES;
    }

    /**
     * Headline and first paragraph 3, second paragraph 2, any other (or recalled as background) 1:
     * by paragraph, as a wrap-up that takes one sentence per meeting ("On Monday in Oslo ... On
     * Wednesday in Vienna ...") is about them alike.
     */
    private int score(List<Mention> mentions, List<Mention> background) {
        int score = 0;
        for (Mention m : mentions) {
            int paragraph = sentences.get(m.sentence()).paragraph();
            score += recalled(m, background) ? 1 : paragraph <= 0 ? 3 : paragraph == 1 ? 2 : 1;
        }
        return score;
    }
}
