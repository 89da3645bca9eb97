package org.parley.launch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.article.ArticleRejectedException;
import org.parley.article.ArticleSet;
import org.parley.extraction.Attribution;
import org.parley.extraction.AttributionExtractor;
import org.parley.extraction.AttributionJsonl;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    private static final int WINDOW = 64;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles: files, folders or .zip sets.")
    List<Path> inputs;

    @Option(names = "--parties", paramLabel = "FILE", description = "A parties file extending the bundled registry.")
    Path partiesFile;

    /** What one article gave: its JSON lines, or why it was skipped. */
    private record Result(String lines, String skipped) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        // the registry and the entries are read while the lexicons load
        CompletableFuture<PartyRegistry> registry = CompletableFuture.supplyAsync(this::registry);
        List<ArticleEntry> entries = new ArrayList<>();
        for (Path input : inputs) {
            entries.addAll(ArticleSet.list(input));
        }
        AttributionExtractor extractor = new AttributionExtractor(new PartyResolver(join(registry)));
        ArticleParser parser = new ArticleParser();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            Deque<Future<Result>> window = new ArrayDeque<>();
            for (ArticleEntry entry : entries) {
                window.add(pool.submit(() -> extract(parser, extractor, entry)));
                if (window.size() >= WINDOW) {
                    write(window.poll(), out, err);
                }
            }
            while (!window.isEmpty()) {
                write(window.poll(), out, err);
            }
        } finally {
            pool.shutdownNow();
        }
        return 0; // skipped inputs are reported on standard error, not a failure
    }

    private PartyRegistry registry() {
        try {
            return partiesFile == null ? PartyRegistry.bundled() : PartyRegistry.bundled().with(partiesFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result extract(ArticleParser parser, AttributionExtractor extractor, ArticleEntry entry) {
        try {
            Article article = parser.parse(entry);
            StringBuilder lines = new StringBuilder();
            for (Attribution a : extractor.extract(article)) {
                lines.append(AttributionJsonl.line(article, a)).append('\n');
            }
            return new Result(lines.toString(), null);
        } catch (ArticleRejectedException e) {
            return new Result("", "skipped " + e.doc() + ": " + e.reason());
        }
    }

    private static void write(Future<Result> next, Writer out, PrintWriter err) throws IOException, InterruptedException {
        Result result = join(next);
        out.write(result.lines());
        if (result.skipped() != null) {
            err.println(result.skipped());
        }
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
