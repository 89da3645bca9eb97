package org.parley.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingJson;
import org.parley.store.BriefingStore;

/**
 * The rounds a run renders, the same for the partition mapper and the publishing step: every
 * assembled briefing, or on a nightly run ({@code newArticles}) those its new articles touch.
 *
 * @param rendered the briefings to render, in round order
 * @param note     the manifest's sentence on the rounds left out, or null when none is
 */
record RoundSelection(List<Briefing> rendered, String note) {

    static RoundSelection of(JobEnvironment env, long run, String newArticles) throws IOException {
        List<Briefing> briefings = new ArrayList<>();
        for (BriefingStore.Stored stored : env.briefings().list(run)) {
            briefings.add(BriefingJson.read(stored.json(), Briefing.class));
        }
        if (newArticles == null || newArticles.isBlank()) {
            return new RoundSelection(briefings, null);
        }
        Set<String> files = TouchedRounds.newFiles(Path.of(newArticles));
        List<Briefing> touched = TouchedRounds.of(briefings, files, env.articles().originals(run));
        if (touched.size() == briefings.size()) {
            return new RoundSelection(briefings, null);
        }
        return new RoundSelection(touched, "Only the " + touched.size() + " of " + briefings.size()
                + " rounds that the " + files.size() + " new files touch were rendered; the others keep their files "
                + "of earlier runs in latest/.");
    }

    List<String> roundIds() {
        return rendered.stream().map(Briefing::roundId).toList();
    }
}
