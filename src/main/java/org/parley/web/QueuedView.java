package org.parley.web;

import java.time.Instant;

/**
 * A request waiting for a run slot.
 *
 * @param position 1 for the next to start
 */
public record QueuedView(long request, int position, String kind, String by, Instant requested, String source,
                         Long restartOf) {
}
