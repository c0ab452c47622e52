package org.goalbook.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;

/** Reads the backup's {@code inbox} list (format version 2), refusing what the store could not hold. */
final class BackupInbox {
    private BackupInbox() {
    }

    static List<InboxEntry> entries(List<BackupFile.InboxItem> items) {
        Set<Long> seen = new HashSet<>();
        return items.stream().map(i -> {
            if (i == null || i.id() == null) {
                throw BackupTree.broken("every inbox entry needs an \"id\"");
            }
            if (i.id() != 0 && !seen.add(i.id())) {
                throw BackupTree.broken("inbox entry id " + i.id() + " appears more than once");
            }
            List<String> urls = i.urls() == null ? List.of() : i.urls();
            if (urls.stream().anyMatch(java.util.Objects::isNull) || (i.url() == null || i.url().isEmpty()) && urls.isEmpty()) {
                throw BackupTree.broken("inbox entry " + i.id() + " has no link");
            }
            InboxStatus status = i.status() == null ? InboxStatus.NEW : InboxStatus.parse(i.status()).orElseThrow(
                    () -> BackupTree.broken("inbox entry " + i.id() + " has an unknown status \"" + i.status() + "\""));
            return new InboxEntry(i.id(), i.title(), i.url(), urls.isEmpty() ? List.of(i.url()) : urls, i.summary(),
                    i.section(), i.source(), date(i), Boolean.TRUE.equals(i.sponsor()), status, clippedAt(i));
        }).toList();
    }

    private static LocalDate date(BackupFile.InboxItem i) {
        try {
            return i.date() == null ? null : LocalDate.parse(i.date());
        } catch (DateTimeParseException e) {
            throw BackupTree.broken("inbox entry " + i.id() + " has \"date\": \"" + i.date()
                    + "\", which is not a YYYY-MM-DD date");
        }
    }

    private static Instant clippedAt(BackupFile.InboxItem i) {
        try {
            return i.clippedAt() == null ? null : Instant.parse(i.clippedAt());
        } catch (DateTimeParseException e) {
            throw BackupTree.broken("inbox entry " + i.id() + " has \"clippedAt\": \"" + i.clippedAt()
                    + "\", which is not an ISO-8601 instant such as 2020-12-01T16:02:11Z");
        }
    }
}
