package org.parley.web;

import java.nio.file.Path;
import java.time.Clock;

import org.parley.config.ParleyHome;

/**
 * Everything the service's resources share: the home, the batch side behind {@link RunControl}
 * and {@link ScheduleControl}, the users, sessions, audit log and published run folders.
 *
 * @param inbox   the folder of article sets runs may be started on
 * @param metrics the service's metrics, served at {@code /metrics}
 * @param edge    the public origin, trusted proxies and TLS
 */
public record WebContext(ParleyHome home, RunControl runs, ScheduleControl schedule, UserDirectory users,
                         Sessions sessions, AuditLog audit, RunFolders folders, Path inbox, Clock clock,
                         Metrics metrics, Edge edge) {

    /** Where uploads are received and unpacked: a folder under the home, never elsewhere. */
    public Path uploads() {
        return home.state().resolve("uploads");
    }
}
