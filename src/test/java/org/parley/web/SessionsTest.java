package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A session lives eight idle hours; the page's polling does not count as use. */
class SessionsTest {

    private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aTabThatOnlyPollsTimesOutAndOneInUseDoesNot() {
        // given
        MutableClock clock = new MutableClock(START);
        Sessions sessions = new Sessions(clock);
        String polled = sessions.open(new UserDirectory.User("ana", Role.ANALYST)).id();
        String used = sessions.open(new UserDirectory.User("ben", Role.ANALYST)).id();
        // when both are asked for after seven hours, one by a poll, the other by a page
        clock.set(START.plus(Duration.ofHours(7)));
        assertTrue(sessions.find(polled, false).isPresent());
        assertTrue(sessions.find(used, true).isPresent());
        // then two hours later the polled one has been idle for nine hours, the other for two
        clock.set(START.plus(Duration.ofHours(9)));
        assertTrue(sessions.find(polled, false).isEmpty(), "polling does not keep a session alive");
        assertTrue(sessions.find(used, false).isPresent(), "a page seven hours in renewed it");
    }
}
