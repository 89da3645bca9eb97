package org.parley.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.briefing.Assembly;
import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingAssembler;
import org.parley.briefing.BriefingJson;
import org.parley.briefing.IssueLexicon;
import org.parley.briefing.OtherVoices;
import org.parley.briefing.RunInput;
import org.parley.briefing.RunSpeakers;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;
import org.parley.party.SpeakerDirectory;
import org.parley.party.TableParties;
import org.parley.round.RoundPlan;
import org.parley.round.RoundPlanner;
import org.parley.store.BriefingStore;
import org.parley.store.SkipStore;

/** Plans the rounds of the run's statements and assembles one briefing model per round. */
public class AssembleBriefingsBatchlet extends AbstractBatchlet {

    /** The parts of the work reported as progress: speakers, rounds, briefings, stored. */
    private static final int PARTS = 4;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

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
        done(env, 0);
        SpeakerDirectory people = SpeakerDirectory.load(env.people(), LocalDate.now());
        List<ArticleAttributions> extracted = RunSpeakers.resolve(env.statements().load(run), people);
        people.save();
        done(env, 1);
        PartyRegistry registry = RunParties.load(parties);
        TableParties.Table table = OtherVoices.tableOf(extracted, new TableParties(registry));
        extracted = OtherVoices.seat(extracted, table, registry);
        Path roundsFile = rounds == null || rounds.isBlank() ? null : Path.of(rounds);
        RoundPlan plan = new RoundPlanner(registry, roundsFile).plan(extracted, table::atTable);
        done(env, 2);
        List<Briefing.SkippedArticle> skipped = env.skips().list(run).stream()
                .map(s -> new Briefing.SkippedArticle(s.doc(), s.reason())).toList();
        RunInput input = new RunInput(extracted, env.articles().outletsByOriginal(run),
                env.articles().reprintsByOriginal(run), skipped, env.articles().listings(run));
        Assembly assembly = new BriefingAssembler(Instant.now(), IssueLexicon.bundled()).assemble(input, plan)
                .withTable(table.parties());
        assembly.unread().forEach((doc, reason) -> env.skips().record(run, new SkipStore.Skipped(doc, "assembleBriefings", reason)));
        List<BriefingStore.Stored> models = assembly.briefings().stream()
                .map(b -> new BriefingStore.Stored(b.roundId(), BriefingJson.write(b))).toList();
        done(env, 3);
        // The summary lists every statement no briefing holds (tens of megabytes on a national paper's
        // day): written to a scratch file as it goes and streamed into the database, never one string.
        Path scratch = null;
        try {
            scratch = Files.createTempFile(Files.createDirectories(env.home().scratch()), ".assembly-" + run + "-", ".tmp");
            BriefingJson.write(assembly.summary(), scratch);
            env.briefings().replace(run, models, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the assembly summary of run " + run + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
        done(env, PARTS);
        return "COMPLETED";
    }

    private void done(JobEnvironment env, int parts) {
        env.progress().advance(job.getExecutionId(), step.getStepName(), parts, PARTS);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // removed when the home is next opened (CrashLeftovers)
        }
    }
}
