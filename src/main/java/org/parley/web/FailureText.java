package org.parley.web;

import java.util.Locale;

/**
 * Why a run failed, in words for analysts: what happened and what can be done. The technical
 * message (a FreeMarker or Java error) stays beside it for whoever fixes the cause.
 */
public final class FailureText {

    private FailureText() {
    }

    /** A failure's words for analysts, and the technical message it comes from. */
    public record Failure(String plain, String detail) {
    }

    /** The failure of a run from its exit status ("renderBriefings failed: ..."); {@code template} as asked. */
    static Failure of(String exitStatus, String template) {
        String detail = exitStatus == null || exitStatus.isBlank() || exitStatus.equals("FAILED") ? "" : exitStatus;
        return new Failure(plain(detail, template), detail);
    }

    private static String plain(String detail, String template) {
        String text = detail.toLowerCase(Locale.ROOT);
        if (text.contains("process running it ended before it finished")) {
            return "The service stopped while this run was going, so it did not finish. It can be restarted: "
                    + "it goes on from where it was.";
        }
        if (text.contains("disk holding") || text.contains("disk is full") || text.contains("no space left")) {
            return "The server's disk is full, so Parley could not go on. Once an admin has freed space there, "
                    + "the run can be restarted from where it stopped.";
        }
        if (text.contains("article set") && (text.contains("changed") || text.contains("added") || text.contains("removed"))) {
            return "The article set has changed since this run began, so the run cannot go on with it. "
                    + "Start a new run on the set as it is now.";
        }
        String step = detail.contains(" failed: ") ? detail.substring(0, detail.indexOf(" failed: ")) : "";
        if (step.equals("renderBriefings") && (text.contains("template") || text.contains("freemarker"))) {
            return "The briefing template \u201c" + (template == null || template.isBlank() ? "briefing" : template)
                    + "\u201d has a mistake, so no briefing could be written. Ask an admin to correct it, or run the "
                    + "set again with another template.";
        }
        String during = step.isEmpty() ? "" : " while " + PageModel.lowerFirst(PageModel.label(step));
        return "Something went wrong" + during + ", and no briefing was published. The detail below tells an admin "
                + "what failed; once it is put right, the run can be restarted.";
    }
}
