package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;
import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;
import org.parley.config.ParleyHome;
import org.parley.config.TemplateFolder;
import org.parley.render.RenderException;
import org.parley.render.TemplateEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley run}: runs the briefing job and reports what it wrote. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the briefing job on an article set and print where the briefings are. "
                + "Without --articles it runs on the bundled sample set (a fictional negotiation). "
                + "Exits 0 only if the job COMPLETED.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--articles", paramLabel = "DIR|ZIP", description = "A folder or .zip of articles "
            + "(.txt .md .json .jsonl .html). Default: the bundled sample set.")
    Path articles;

    @Option(names = "--output", paramLabel = "DIR", description = "Where run folders and latest/ go. Default: HOME/briefings.")
    Path output;

    @Option(names = "--formats", paramLabel = "pdf,docx", split = ",", defaultValue = "pdf,docx",
            description = "Document formats. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--template", paramLabel = "NAME", defaultValue = "briefing",
            description = "Template name in templates/ (briefing, summary). Default: ${DEFAULT-VALUE}.")
    String template;

    @Option(names = "--rounds", paramLabel = "FILE", description = "A YAML rounds file completing round detection.")
    Path rounds;

    @Option(names = "--parties", paramLabel = "FILE", description = "A parties file (YAML or JSON) extending the registry.")
    Path parties;

    @Option(names = "--partitions", paramLabel = "N", description = "Extract in N partitions, run on the machine's "
            + "cores (1 to 64). Default: one per 250 articles, at most 16.")
    Integer partitions;

    @Option(names = "--render-partitions", paramLabel = "N", description = "Render in at most N partitions, run on "
            + "the machine's cores (1 to 64). Default: one per round, at most 16.")
    Integer renderPartitions;

    @Option(names = "--liberty", paramLabel = "URL", description = "Run on the Open Liberty server at URL "
            + "(https://HOST:PORT) that has parley-liberty.war, through its batch REST API, instead of here; "
            + "--articles and --output must be paths that server sees. User and password from "
            + "PARLEY_LIBERTY_USER and PARLEY_LIBERTY_PASSWORD.")
    String liberty;

    @Option(names = "--liberty-certificate", paramLabel = "PEM", description = "Trust exactly this certificate "
            + "(PEM) for --liberty, e.g. the server's self-signed one. Default: the JVM's trusted authorities.")
    Path libertyCertificate;

    @Mixin
    ServiceLogin login;

    @Override
    public Integer call() throws Exception {
        if (liberty != null || libertyCertificate != null) {
            return onLiberty();
        }
        String problem = checkInputs();
        if (problem != null) {
            System.err.println("parley run: " + problem);
            return ExitCodes.USAGE;
        }
        ParleyHome paths = home.resolve();
        HomeLock.Holder holder = HomeLock.holder(paths);
        if (holder != null && holder.command().equals("serve")) {
            return remote(paths, holder);
        }
        try {
            // here, not in a server's process: a server holding the home checks with its own templates
            new TemplateEngine(TemplateFolder.resolve()).check(template);
        } catch (RenderException e) {
            System.err.println("parley run: --template " + template + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            DiskSpace.requireRoomForRun(paths.root(), output);
        } catch (DiskFullException e) {
            System.err.println("parley run: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (Home opened = home.open(paths, "run", 0)) {
            JobParameters parameters = parameters(paths);
            Jobs jobs = new Jobs();
            return new JobRun(jobs, opened, System.out).follow(jobs.start(parameters));
        } catch (HomeBusyException e) {
            System.err.println("parley run: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    /** The run goes to an Open Liberty server's batch REST API; nothing of the home is used. */
    private int onLiberty() throws Exception {
        if (liberty == null) {
            System.err.println("parley run: --liberty-certificate needs --liberty URL");
            return ExitCodes.USAGE;
        }
        if (articles == null || output == null) {
            System.err.println("parley run: --liberty needs --articles and --output, as paths the server sees");
            return ExitCodes.USAGE;
        }
        String badPartitions = checkPartitions();
        if (badPartitions != null) {
            System.err.println("parley run: " + badPartitions);
            return ExitCodes.USAGE;
        }
        try {
            LibertyRun run = LibertyRun.of(liberty, libertyCertificate, System.getenv(), System.out);
            return run.run(new JobParameters(articles.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                    formats, template, absolute(rounds), absolute(parties)).withPartitions(partitions)
                    .withRenderPartitions(renderPartitions));
        } catch (IllegalArgumentException e) {
            System.err.println("parley run: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (javax.net.ssl.SSLHandshakeException e) {
            System.err.println("parley run: --liberty " + liberty + ": its certificate is not trusted (" + e.getMessage()
                    + "); give it with --liberty-certificate PEM");
            return ExitCodes.FAILED;
        } catch (IOException e) {
            System.err.println("parley run: --liberty " + liberty + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static Path absolute(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize();
    }

    /** The run goes through the HTTP API of the 'parley serve' that holds the home. */
    private int remote(ParleyHome paths, HomeLock.Holder holder) throws Exception {
        if (output != null) {
            System.err.println("parley run: --output cannot be used while " + holder.describe()
                    + " holds the home: its runs write to " + paths.briefings());
            return ExitCodes.USAGE;
        }
        try {
            ServiceClient client = ServiceClient.of(holder, login);
            Path set = articles == null ? BundledSample.unpack(paths) : articles.toAbsolutePath().normalize();
            if (articles == null) {
                System.out.println("No --articles given: running on the bundled sample set (a fictional negotiation).");
            }
            Path inbox = Path.of(client.get("/api/inbox").get("folder").asText());
            String options = "formats=" + String.join(",", formats) + "&template=" + template
                    + (partitions == null ? "" : "&partitions=" + partitions)
                    + (renderPartitions == null ? "" : "&renderPartitions=" + renderPartitions);
            com.fasterxml.jackson.databind.JsonNode ticket;
            if (articles != null && inbox.equals(set.getParent()) && rounds == null && parties == null) {
                String body = "{\"inbox\": " + ServiceJson.quote(set.getFileName().toString()) + ", \"formats\": "
                        + ServiceJson.quote(String.join(",", formats)) + ", \"template\": " + ServiceJson.quote(template)
                        + (partitions == null ? "" : ", \"partitions\": " + partitions)
                        + (renderPartitions == null ? "" : ", \"renderPartitions\": " + renderPartitions) + "}";
                ticket = client.post("/api/executions", "application/json", java.net.http.HttpRequest.BodyPublishers.ofString(body));
            } else {
                String name = java.net.URLEncoder.encode(set.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8);
                ticket = client.post("/api/executions?name=" + name + "&" + options, "application/zip",
                        ArticleUpload.body(set, rounds, parties));
            }
            return new RemoteRun(client, paths, System.out).follow(ticket);
        } catch (ServiceClient.Refused e) {
            System.err.println("parley run: the server refused: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            System.err.println("parley run: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private JobParameters parameters(ParleyHome paths) throws IOException {
        Path set = articles;
        Path partiesFile = parties;
        if (set == null) {
            set = BundledSample.unpack(paths);
            if (partiesFile == null) {
                partiesFile = set.resolve(BundledSample.PARTIES_FILE);
            }
            System.out.println("No --articles given: running on the bundled sample set (a fictional negotiation).");
        }
        return new JobParameters(set, output, formats, template, rounds, partiesFile).withPartitions(partitions)
                .withRenderPartitions(renderPartitions);
    }

    /** Why --partitions or --render-partitions is refused, or null. */
    private String checkPartitions() {
        String bad = checkPartitions("--partitions", partitions);
        return bad != null ? bad : checkPartitions("--render-partitions", renderPartitions);
    }

    private static String checkPartitions(String option, Integer n) {
        if (n != null && (n < 1 || n > JobParameters.MAX_PARTITIONS)) {
            return option + " must be 1 to " + JobParameters.MAX_PARTITIONS + ", not " + n;
        }
        return null;
    }

    private String checkInputs() {
        String badPartitions = checkPartitions();
        if (badPartitions != null) {
            return badPartitions;
        }
        if (articles != null && !Files.exists(articles)) {
            return "the article set " + articles + " does not exist";
        }
        if (rounds != null && !Files.isRegularFile(rounds)) {
            return "the rounds file " + rounds + " does not exist";
        }
        if (parties != null && !Files.isRegularFile(parties)) {
            return "the parties file " + parties + " does not exist";
        }
        for (String f : formats) {
            if (!JobParameters.FORMATS.contains(f)) {
                return "unknown format '" + f + "'; Parley writes " + String.join(", ", JobParameters.FORMATS);
            }
        }
        try { // read as the job will read them, not at its third step
            SetFiles.check(rounds, "--rounds " + rounds, parties, "--parties " + parties);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }
}
