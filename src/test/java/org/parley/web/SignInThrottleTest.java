package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parley.config.ServiceSettings;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final SignInThrottle throttle = new SignInThrottle(now::get);

    @Test
    void fiveWrongPasswordsInAMinuteLockTheNameWithoutADerivationUntilTheOldestIsAMinuteOld() {
        AtomicInteger derivations = new AtomicInteger();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertFalse(throttle.check("ana", true, () -> derivations.incrementAndGet() < 0));
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        }
        SignInThrottle.TooMany locked = assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("ana", true, () -> true));
        assertEquals(SignInThrottle.MAX_FAILURES, derivations.get(), "the refused attempt derived nothing");
        assertTrue(locked.retryAfter() > 50 && locked.retryAfter() <= 60, "retry after " + locked.retryAfter());
        assertTrue(throttle.check("bo", true, () -> true), "another name is not braked");
        now.addAndGet(TimeUnit.SECONDS.toNanos(56));
        assertTrue(throttle.check("ana", true, () -> true), "a minute after the first failure, one more try");
    }

    @Test
    void aVerifiedPasswordIsNeverBrakedAndAWrongNameCountsToo() {
        String hash = PasswordHash.hash("right".toCharArray());
        UserDirectory users = new UserDirectory(Map.of("ana", new ServiceSettings.User("ana", "analyst", hash)), throttle);
        assertTrue(users.authenticate("ana", "right").isPresent());
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(Optional.empty(), users.authenticate("ana", "wrong" + i));
            assertEquals(Optional.empty(), users.authenticate("nobody", "x"));
        }
        assertThrows(SignInThrottle.TooMany.class, () -> users.authenticate("ana", "wrong"));
        assertThrows(SignInThrottle.TooMany.class, () -> users.authenticate("nobody", "x"));
        assertTrue(users.authenticate("ana", "right").isPresent(), "the password verified before is not braked");
    }

    @Test
    void whileOneCheckRunsAnUnknownNameIsToldToComeBackAtOnceAndAKnownOneWaitsItsTurn() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = new Thread(() -> throttle.check("ana", true, () -> {
            inside.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        slow.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("stranger", false, () -> false));
        assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(200), "no wait for an unknown name");
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                // released below regardless
            }
            release.countDown();
        }).start();
        assertTrue(throttle.check("bo", true, () -> true), "a known name waits for its turn");
        slow.join();
    }
}
