package org.parley.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.parley.config.ParleyHome;
import org.parley.store.ArticleStore;
import org.parley.store.BriefingStore;
import org.parley.store.Database;
import org.parley.store.DerbyPersonStore;
import org.parley.store.InputStore;
import org.parley.store.ProgressStore;
import org.parley.store.RenderStore;
import org.parley.store.SkipStore;
import org.parley.store.StatementStore;

/**
 * What the batch artifacts need beyond their properties: the home and its stores. jbatch in Java
 * SE builds artifacts itself without CDI, so the launcher installs this once per JVM before the
 * first job starts.
 */
public final class JobEnvironment {

    private static volatile JobEnvironment current;

    private final ParleyHome home;
    private final ArticleStore articles;
    private final StatementStore statements;
    private final SkipStore skips;
    private final InputStore inputs;
    private final BriefingStore briefings;
    private final DerbyPersonStore people;
    private final RenderStore renders;
    private final RunProgress progress;

    private JobEnvironment(ParleyHome home, Database db) {
        this.home = home;
        this.articles = new ArticleStore(db);
        this.statements = new StatementStore(db);
        this.skips = new SkipStore(db);
        this.inputs = new InputStore(db);
        this.briefings = new BriefingStore(db);
        this.people = new DerbyPersonStore(db);
        this.renders = new RenderStore(db);
        this.progress = new RunProgress(new ProgressStore(db), Clock.systemUTC());
    }

    /** Installs the environment for this JVM's jobs. */
    public static synchronized void install(ParleyHome home, Database db) {
        current = new JobEnvironment(Objects.requireNonNull(home), Objects.requireNonNull(db));
    }

    /** The environment installed in this JVM. */
    public static JobEnvironment current() {
        JobEnvironment env = current;
        if (env == null) {
            throw new IllegalStateException("the Parley job environment is not installed; start jobs through "
                    + "org.parley.launch.Jobs");
        }
        return env;
    }

    ParleyHome home() {
        return home;
    }

    ArticleStore articles() {
        return articles;
    }

    StatementStore statements() {
        return statements;
    }

    SkipStore skips() {
        return skips;
    }

    InputStore inputs() {
        return inputs;
    }

    BriefingStore briefings() {
        return briefings;
    }

    DerbyPersonStore people() {
        return people;
    }

    RenderStore renders() {
        return renders;
    }

    /** The folder of run folders and {@code latest/}: the {@code output} property, or the home's {@code briefings/}. */
    Path output(String output) {
        return output == null || output.isBlank() ? home.briefings() : Path.of(output);
    }

    /** Live progress of this JVM's executions. */
    public RunProgress progress() {
        return progress;
    }
}
