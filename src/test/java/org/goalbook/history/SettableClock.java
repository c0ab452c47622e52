package org.goalbook.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: simulated days without sleeping. */
final class SettableClock extends Clock {
    private Instant now;

    SettableClock(LocalDateTime start) {
        now = start.toInstant(ZoneOffset.UTC);
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test's clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
