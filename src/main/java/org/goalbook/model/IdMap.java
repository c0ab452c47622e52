package org.goalbook.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Values by node id, kept in buckets that copies share: a copy made for a change creates anew only the buckets the
 * change touches, so a tick on a notebook of 56,000 nodes copies a few dozen entries instead of every one
 * (docs/decisions/outline-shared-maps.md). Only {@link Outline} changes one, and only while it builds itself.
 */
final class IdMap<V> {
    /** About this many entries per bucket: small enough to copy in a blink, few enough buckets to copy their array. */
    private static final int BUCKET = 64;

    private final Map<Long, V>[] buckets;
    /** Buckets this map made itself and may still change; every other one is shared with the map it was copied from. */
    private final boolean[] own;
    private final int shift;
    private int size;

    @SuppressWarnings("unchecked")
    private IdMap(int bits) {
        buckets = new Map[1 << bits];
        own = new boolean[1 << bits];
        shift = 64 - bits;
    }

    private IdMap(IdMap<V> from) {
        buckets = from.buckets.clone();
        own = new boolean[buckets.length];
        shift = from.shift;
        size = from.size;
    }

    /** A map holding what {@code entries} holds, with buckets sized for it. */
    static <V> IdMap<V> of(Map<Long, V> entries) {
        IdMap<V> map = sizedFor(entries.size());
        entries.forEach(map::put);
        return map;
    }

    /** An empty map with buckets sized for about {@code size} entries. */
    static <V> IdMap<V> sizedFor(int size) {
        int bits = 4;
        while ((BUCKET << bits) < size && bits < 20) {
            bits++;
        }
        return new IdMap<>(bits);
    }

    /** A copy that shares every bucket until it changes one. */
    IdMap<V> copy() {
        return new IdMap<>(this);
    }

    V get(long id) {
        Map<Long, V> bucket = buckets[index(id)];
        return bucket == null ? null : bucket.get(id);
    }

    boolean containsKey(long id) {
        Map<Long, V> bucket = buckets[index(id)];
        return bucket != null && bucket.containsKey(id);
    }

    int size() {
        return size;
    }

    /** Stores a value; returns the one it replaced, or null. */
    V put(long id, V value) {
        V was = writable(index(id)).put(id, value);
        if (was == null) {
            size++;
        }
        return was;
    }

    /** Removes an id; returns its value, or null when it had none. */
    V remove(long id) {
        int i = index(id);
        if (buckets[i] == null || !buckets[i].containsKey(id)) {
            return null;
        }
        V was = writable(i).remove(id);
        size--;
        return was;
    }

    private Map<Long, V> writable(int i) {
        if (!own[i]) {
            buckets[i] = buckets[i] == null ? new HashMap<>(2 * BUCKET) : new HashMap<>(buckets[i]);
            own[i] = true;
        }
        return buckets[i];
    }

    /** Spreads ids (counted up from 1 by the store) evenly over the buckets: Fibonacci hashing, top bits. */
    private int index(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
