package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishGateTest {

    @Test
    void aStopAskedBeforePublicationKeepsTheRunFromPublishing() {
        assertTrue(PublishGate.stop(101));
        assertTrue(PublishGate.stopping(101));
        assertFalse(PublishGate.beginPublishing(101));
        PublishGate.ended(101);
        assertFalse(PublishGate.stopping(101));
    }

    @Test
    void aStopAskedOncePublicationBeganIsDeclined() {
        assertTrue(PublishGate.beginPublishing(102));
        assertFalse(PublishGate.stop(102), "the run finishes publishing and ends COMPLETED");
        assertFalse(PublishGate.stopping(102));
        PublishGate.ended(102);
        assertTrue(PublishGate.stop(102), "an execution that ended is no longer publishing");
        PublishGate.ended(102);
    }
}
