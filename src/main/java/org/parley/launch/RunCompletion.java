package org.parley.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

import org.parley.config.Folders;
import org.parley.config.ParleyHome;
import org.parley.store.InboxStore;
import org.parley.store.RunRequestStore;
import org.parley.web.AuditLog;

/**
 * What happens once a run the service started has ended: it is audited; when it completed, a
 * nightly run's inbox files are recorded as read, its staged copy of the articles is deleted (a
 * failed or stopped run keeps it for its restart), and retention prunes old run folders.
 */
final class RunCompletion implements RunQueue.Ended {

    private static final Logger LOG = Logger.getLogger(RunCompletion.class.getName());

    private final ParleyHome home;
    private final InboxStore seen;
    private final Retention retention;
    private final AuditLog audit;
    private final Clock clock;

    RunCompletion(ParleyHome home, InboxStore seen, Retention retention, AuditLog audit, Clock clock) {
        this.home = home;
        this.seen = seen;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void ended(RunRequestStore.Request request, String status) {
        audit.record(request.requestedBy(), "ended", "execution " + request.execution(), status);
        LOG.info(() -> "execution " + request.execution() + " (request " + request.id() + ") ended " + status);
        if (!status.equals("COMPLETED")) {
            return;
        }
        try {
            Path staged = request.staged() == null ? null : Path.of(request.staged()).normalize();
            boolean ours = staged != null && staged.startsWith(home.state());
            if (request.recordInbox() && ours) {
                seen.record(InboxSets.fingerprints(staged), request.execution(), clock.millis());
            }
            if (ours) {
                Folders.deleteRecursively(staged);
            }
            retention.prune(clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy up after execution " + request.execution(), e);
        }
    }
}
