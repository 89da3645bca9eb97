package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            assertFalse(throttle.check("ana", null, true, () -> derivations.incrementAndGet() < 0).ok());
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        }
        SignInThrottle.TooMany locked = assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("ana", null, true, () -> true));
        assertEquals(SignInThrottle.MAX_FAILURES, derivations.get(), "the refused attempt derived nothing");
        assertTrue(locked.retryAfter() > 50 && locked.retryAfter() <= 60, "retry after " + locked.retryAfter());
        assertTrue(throttle.check("bo", null, true, () -> true).ok(), "another name is not braked");
        now.addAndGet(TimeUnit.SECONDS.toNanos(56));
        assertTrue(throttle.check("ana", null, true, () -> true).ok(), "a minute after the first failure, one more try");
    }

    @Test
    void aVerifiedPasswordIsNeverBrakedAndAWrongNameCountsToo() {
        String hash = PasswordHash.hash("right".toCharArray());
        UserDirectory users = new UserDirectory(Map.of("ana", new ServiceSettings.User("ana", "analyst", hash)), throttle);
        assertTrue(users.authenticate("ana", "right", null).user().isPresent());
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(Optional.empty(), users.authenticate("ana", "wrong" + i, null).user());
            assertEquals(Optional.empty(), users.authenticate("nobody", "x", null).user());
        }
        assertThrows(SignInThrottle.TooMany.class, () -> users.authenticate("ana", "wrong", null));
        assertThrows(SignInThrottle.TooMany.class, () -> users.authenticate("nobody", "x", null));
        assertTrue(users.authenticate("ana", "right", null).user().isPresent(), "the password verified before is not braked");
    }

    @Test
    void whileOneCheckRunsAnUnknownNameIsToldToComeBackAtOnceAndAKnownOneWaitsItsTurn() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread slow = new Thread(() -> throttle.check("ana", null, true, () -> {
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
        assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("stranger", null, false, () -> false));
        assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(200), "no wait for an unknown name");
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                // released below regardless
            }
            release.countDown();
        }).start();
        assertTrue(throttle.check("bo", null, true, () -> true).ok(), "a known name waits for its turn");
        slow.join();
    }

    @Test
    void aCheckThatWaitedItsTurnWhileTheLockingFailureWasCountedDerivesNothing() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertFalse(throttle.check("ana", null, true, () -> false).ok());
        }
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread locking = new Thread(() -> throttle.check("ana", null, true, () -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }));
        locking.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        AtomicInteger derivations = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread waiting = new Thread(() -> {
            try {
                throttle.check("ana", null, true, () -> derivations.incrementAndGet() > 0);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        waiting.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiting.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // past the first look (four failures: not locked), waiting for its turn
        }
        assertEquals(Thread.State.TIMED_WAITING, waiting.getState());
        release.countDown();
        locking.join();
        waiting.join();
        assertTrue(outcome.get() instanceof SignInThrottle.TooMany, "refused once its turn came: " + outcome.get());
        assertEquals(0, derivations.get(), "the fifth failure was counted before the waiting check's turn");
    }

    @Test
    void twentyFailuresFromOneAddressWithAsManyNamesLockTheAddressWithoutADerivation() {
        AtomicInteger derivations = new AtomicInteger();
        for (int i = 0; i < SignInThrottle.MAX_ADDRESS_FAILURES; i++) {
            assertFalse(throttle.check("name" + i, "203.0.113.7", false, () -> derivations.incrementAndGet() < 0).ok());
        }
        SignInThrottle.TooMany locked = assertThrows(SignInThrottle.TooMany.class,
                () -> throttle.check("yet-another", "203.0.113.7", true, () -> derivations.incrementAndGet() > 0));
        assertEquals(SignInThrottle.MAX_ADDRESS_FAILURES, derivations.get(), "the refused attempt derived nothing");
        assertTrue(locked.getMessage().contains("this address"), locked.getMessage());
        assertTrue(locked.retryAfter() > 0 && locked.retryAfter() <= 60, "retry after " + locked.retryAfter());
        assertThrows(SignInThrottle.TooMany.class, () -> throttle.unreadable("203.0.113.7"));
        assertTrue(throttle.check("yet-another", "203.0.113.8", true, () -> true).ok(), "another address is not braked");
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        assertTrue(throttle.check("yet-another", "203.0.113.7", true, () -> true).ok(), "a minute later, the address may try");
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64AndASuccessDoesNotResetTheAddress() {
        for (int i = 0; i < SignInThrottle.MAX_ADDRESS_FAILURES - 1; i++) {
            throttle.check("name" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1), false, () -> false);
        }
        assertTrue(throttle.check("ana", "2001:db8:1:2::ff", true, () -> true).ok());
        throttle.check("one-more", "2001:db8:1:2:aaaa::1", false, () -> false);
        assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("ana", "2001:db8:1:2::ff", true, () -> true));
        assertTrue(throttle.check("ana", "2001:db8:1:3::1", true, () -> true).ok(), "the next /64 is not braked");
    }

    @Test
    void aBurstIsAuditedAtItsFirstFailureAndWhenItLocksNotAtEachAttempt() {
        List<String> audited = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            audited.add(throttle.check("ana", "198.51.100.1", true, () -> false).audit());
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        }
        assertEquals(Arrays.asList("first failed sign-in from this address", null, null, null,
                "5 failed sign-ins for this user within 60 s: locked"), audited);
        // a guesser who keeps at it gets a try whenever a failure ages out; the burst is already audited
        now.addAndGet(TimeUnit.SECONDS.toNanos(55));
        assertEquals(null, throttle.check("ana", "198.51.100.1", true, () -> false).audit());
        assertThrows(SignInThrottle.TooMany.class, () -> throttle.check("ana", "198.51.100.1", true, () -> false));
        // a minute without a failure ends the burst: the next failure begins another, audited again
        now.addAndGet(TimeUnit.SECONDS.toNanos(61));
        assertEquals("first failed sign-in from this address", throttle.check("ana", "198.51.100.1", true, () -> false).audit());
    }

    @Test
    void manyNamesFromOneAddressAreAuditedOnceAtTheFirstAndOnceWhenTheAddressLocks() {
        List<String> audited = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.MAX_ADDRESS_FAILURES; i++) {
            String note = (i % 2 == 0 ? throttle.check("name" + i, "192.0.2.9", false, () -> false)
                    : throttle.unreadable("192.0.2.9")).audit();
            if (note != null) {
                audited.add(i + ": " + note);
            }
        }
        assertEquals(List.of("0: first failed sign-in from this address",
                "19: 20 failed sign-ins from this address within 60 s: locked"), audited);
    }
}
