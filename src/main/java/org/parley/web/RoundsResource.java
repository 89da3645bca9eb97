package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;

/** The rounds of talks with their briefings: the latest files of each, and every run that rendered it. */
@jakarta.ws.rs.Path("api/rounds")
@Produces(MediaType.APPLICATION_JSON)
public final class RoundsResource {

    private final WebContext context;

    RoundsResource(WebContext context) {
        this.context = context;
    }

    /**
     * A round of talks.
     *
     * @param latestRun the newest run that rendered it
     * @param latest    its files in {@code latest/}
     * @param runs      every run that rendered it, newest first, with that run's files
     * @param forum     the meeting, forum or format, or null
     * @param place     the city, or null
     * @param parties   the parties at the table
     * @param start     the first day (ISO-8601), or null when no day with its year is known
     */
    public record RoundView(String id, String title, String dates, int statements, long latestRun,
                            List<BriefingsResource.FileLink> latest, List<RunRef> runs, String forum, String place,
                            List<String> parties, String start) {
    }

    /** One run's briefings of a round. */
    public record RunRef(long execution, Instant finished, List<BriefingsResource.FileLink> files) {
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public List<RoundView> rounds() throws IOException {
        return rounds(context.folders());
    }

    /** The rounds of every published run, the newest run's first. */
    static List<RoundView> rounds(RunFolders folders) throws IOException {
        Path latest = folders.root().resolve(RunPublisher.LATEST);
        Map<String, RoundView> byId = new LinkedHashMap<>();
        for (RunFolders.Run run : folders.list()) {
            for (RunManifest.RoundFiles round : run.manifest().rounds()) {
                RunRef ref = new RunRef(run.execution(), run.manifest().finished(),
                        links(round, run.folder(), Long.toString(run.execution())));
                RoundView known = byId.get(round.id());
                if (known == null) {
                    List<RunRef> refs = new ArrayList<>();
                    refs.add(ref);
                    byId.put(round.id(), new RoundView(round.id(), round.title(), round.dates(), round.statements(),
                            run.execution(), links(round, latest, RunPublisher.LATEST), refs, round.forum(),
                            round.place(), round.parties(), round.start()));
                } else {
                    known.runs().add(ref);
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private static List<BriefingsResource.FileLink> links(RunManifest.RoundFiles round, Path folder, String run) {
        List<BriefingsResource.FileLink> out = new ArrayList<>();
        for (RunManifest.FileEntry f : round.files()) {
            if (Files.isRegularFile(folder.resolve(f.name())) && Downloads.TYPES.containsKey(Downloads.extension(f.name()))) {
                out.add(new BriefingsResource.FileLink(f.name(), f.format(), f.bytes(),
                        "/api/briefings/" + run + "/" + f.name()));
            }
        }
        return out;
    }
}
