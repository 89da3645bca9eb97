package org.parley.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.briefing.Assembly;
import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingAssembler;
import org.parley.briefing.BriefingJson;
import org.parley.briefing.IssueLexicon;
import org.parley.briefing.RunInput;
import org.parley.briefing.RunSpeakers;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.SpeakerDirectory;
import org.parley.round.RoundPlan;
import org.parley.round.RoundPlanner;
import org.parley.store.ArticleStore;
import org.parley.store.BriefingStore;

/** Plans the rounds of the run's statements and assembles one briefing model per round. */
public class AssembleBriefingsBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "rounds")
    String rounds;

    @Inject
    @BatchProperty(name = "parties")
    String parties;

    @Override
    public String process() {
        JobEnvironment env = JobEnvironment.current();
        long run = job.getInstanceId();
        SpeakerDirectory people = SpeakerDirectory.load(env.people(), LocalDate.now());
        List<ArticleAttributions> extracted = RunSpeakers.resolve(env.statements().load(run), people);
        people.save();
        Path roundsFile = rounds == null || rounds.isBlank() ? null : Path.of(rounds);
        RoundPlan plan = new RoundPlanner(RunParties.load(parties), roundsFile).plan(extracted);
        List<ArticleStore.Stored> stored = env.articles().all(run);
        List<Briefing.SkippedArticle> skipped = env.skips().list(run).stream()
                .map(s -> new Briefing.SkippedArticle(s.doc(), s.reason())).toList();
        RunInput input = new RunInput(extracted, outlets(stored), reprints(stored), skipped);
        Assembly assembly = new BriefingAssembler(Instant.now(), IssueLexicon.bundled()).assemble(input, plan);
        List<BriefingStore.Stored> models = new ArrayList<>();
        for (Briefing b : assembly.briefings()) {
            models.add(new BriefingStore.Stored(b.roundId(), BriefingJson.write(b)));
        }
        env.briefings().replace(run, models, BriefingJson.write(assembly.summary()));
        return "COMPLETED";
    }

    /** For each original article, how many copies of it were merged into it. */
    private static Map<String, Integer> reprints(List<ArticleStore.Stored> stored) {
        Map<String, Integer> reprints = new LinkedHashMap<>();
        stored.stream().filter(s -> s.copyOf() != null).forEach(s -> reprints.merge(s.copyOf(), 1, Integer::sum));
        return reprints;
    }

    /** For each original article, the outlets that carried it: its own and its copies'. */
    private static Map<String, List<String>> outlets(List<ArticleStore.Stored> stored) {
        Map<String, List<String>> outlets = new LinkedHashMap<>();
        for (ArticleStore.Stored s : stored) {
            String original = s.copyOf() == null ? s.article().doc() : s.copyOf();
            List<String> list = outlets.computeIfAbsent(original, d -> new ArrayList<>());
            if (!list.contains(s.article().outletOrDoc())) {
                list.add(s.article().outletOrDoc());
            }
        }
        return outlets;
    }
}
