package org.goalbook.store;

/**
 * How hard the store works to get each committed change onto the disk. The app uses {@link #FULL}; see
 * {@code docs/decisions/storage-durability.md} for what each setting survives and what it costs.
 */
public enum Durability {
    /** WAL with {@code synchronous=FULL}: every committed action survives a killed app and a power loss. */
    FULL("FULL"),
    /** WAL with {@code synchronous=NORMAL}: survives a killed app; a power loss may take the last actions back. */
    NORMAL("NORMAL");

    private final String synchronous;

    Durability(String synchronous) {
        this.synchronous = synchronous;
    }

    /** The value of SQLite's {@code PRAGMA synchronous} for this setting. */
    public String synchronous() {
        return synchronous;
    }
}
