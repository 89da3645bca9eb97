package org.parley.launch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.article.ArticleRejectedException;
import org.parley.article.ArticleSet;
import org.parley.article.PassedOver;
import org.parley.extraction.AttributionExtractor;
import org.parley.extraction.AttributionJsonl;
import org.parley.extraction.ExtractionLimitException;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley extract}: attributions of articles as JSONL on standard output, no database.
 * Articles are extracted on two threads and written in input order, so the output is the same
 * on every run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print every attribution in the articles as one JSON object per line "
                + "(the format in DESIGN.md). Uses no database and no batch runtime.")
final class ExtractCommand implements Callable<Integer> {

    private static final int THREADS = 2;
    /** Articles in flight at once: enough to keep both threads busy, few enough to bound memory. */
    private static final int WINDOW = 128;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles: files, folders or .zip sets.")
    List<Path> inputs;

    @Option(names = "--parties", paramLabel = "FILE", description = "A parties file extending the bundled registry.")
    Path partiesFile;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** What one article gave: its JSON lines, or why it was skipped. */
    private record Result(String lines, String skipped) {
    }

    /** One article drafted, or why it was skipped. */
    private record Drafted(AttributionExtractor.Draft draft, String skipped) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (Path input : inputs) {
            if (!Files.exists(input) && Files.isSymbolicLink(input)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        input + " is a link to " + Files.readSymbolicLink(input) + ", which does not exist");
            }
        }
        // The registry loads on its own thread while the workers draft: drafting needs no parties,
        // and the registry takes about as long to load as a hundred articles take to draft.
        ExecutorService loader = Executors.newSingleThreadExecutor();
        AttributionExtractor extractor = new AttributionExtractor();
        // the office holders, titles and outlets read against the registry load on that thread too
        CompletableFuture<PartyResolver> parties = CompletableFuture.supplyAsync(this::resolver, loader)
                .thenApply(extractor::prepare);
        loader.shutdown();
        ArticleParser parser = new ArticleParser();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        List<ArticleEntry> entries = new ArrayList<>();
        for (Path input : inputs) {
            List<ArticleEntry> listed;
            try {
                listed = ArticleSet.list(input);
            } catch (IOException e) { // an input that is no set (a pipe, a device): a usage error, said in one line
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new CommandLine.ParameterException(spec.commandLine(),
                        why.contains(input.toString()) ? why : input + " cannot be read as an article set: " + why);
            }
            entries.addAll(listed);
            passedOver(input, listed.isEmpty(), err);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int written = 0;
            for (ArticleEntry entry : entries) {
                window.add(CompletableFuture.supplyAsync(() -> draft(parser, extractor, entry), pool)
                        .thenCombineAsync(parties, (drafted, resolver) -> finish(extractor, drafted, resolver), pool));
                if (window.size() >= WINDOW) {
                    written += write(window.poll(), out, err);
                }
            }
            while (!window.isEmpty()) {
                written += write(window.poll(), out, err);
            }
            join(parties); // a bad --parties file fails the command even when there is nothing to extract
            if (written == 0 && !entries.isEmpty()) {
                err.println("no attributions found (" + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " read)");
            }
        } finally {
            pool.shutdownNow();
        }
        return 0; // skipped inputs are reported on standard error, not a failure
    }

    /** Says which files of an input are no articles, and that an input held none. */
    private static void passedOver(Path input, boolean none, PrintWriter err) throws IOException {
        if (Files.isRegularFile(input) && !input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            if (none) {
                String reason = PassedOver.reason(input.getFileName().toString());
                err.println("passed over " + input + ": " + (reason != null ? reason : "no article in it"));
            }
            return;
        }
        for (PassedOver.Entry e : PassedOver.of(input)) {
            err.println("passed over " + e.doc() + ": " + e.reason());
        }
        if (none) {
            err.println("no articles in " + input);
        }
    }

    private PartyResolver resolver() {
        try {
            return new PartyResolver(partiesFile == null ? PartyRegistry.bundled() : PartyRegistry.bundled().with(partiesFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Drafted draft(ArticleParser parser, AttributionExtractor extractor, ArticleEntry entry) {
        try {
            return new Drafted(extractor.draft(parser.parse(entry)), null);
        } catch (ArticleRejectedException e) {
            return new Drafted(null, "skipped " + e.doc() + ": " + e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            // one article's content that breaks the parser or the extractor fails that article only
            return new Drafted(null, "skipped " + entry.doc() + ": " + (e instanceof ExtractionLimitException ? e.getMessage()
                    : "could not be read or extracted: " + e));
        }
    }

    private static Result finish(AttributionExtractor extractor, Drafted drafted, PartyResolver parties) {
        if (drafted.draft() == null) {
            return new Result("", drafted.skipped());
        }
        StringBuilder lines = new StringBuilder();
        try {
            AttributionJsonl.appendAll(lines, drafted.draft().article(), extractor.finish(drafted.draft(), parties));
        } catch (RuntimeException | StackOverflowError e) {
            return new Result("", "skipped " + drafted.draft().article().doc() + ": " + ExtractionLimitException.reason(e));
        }
        return new Result(lines.toString(), null);
    }

    /** Writes one article's lines, or why it was skipped; returns how many lines it wrote. */
    private static int write(Future<Result> next, Writer out, PrintWriter err) throws IOException, InterruptedException {
        Result result = join(next);
        out.write(result.lines());
        if (result.skipped() != null) {
            err.println(result.skipped());
        }
        return (int) result.lines().chars().filter(c -> c == '\n').count();
    }

    private static <T> T join(Future<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("extraction failed", cause);
        }
    }
}
