package org.goalbook.history;

/** Why a backup was made; its word is part of the backup's file name. */
public enum BackupKind {
    /** At the first change of a day: the notebook as the day found it. */
    DAILY("daily", "daily"),
    /** Before an import (with or without --replace) replaced the notebook's contents. */
    BEFORE_IMPORT("before-import", "before import"),
    /** Before a restore replaced the notebook by a backup: what undoes the restore. */
    BEFORE_RESTORE("before-restore", "before restore");

    private final String word;
    private final String label;

    BackupKind(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** As it stands in the file name. */
    public String word() {
        return word;
    }

    /** As the user reads it. */
    public String label() {
        return label;
    }
}
