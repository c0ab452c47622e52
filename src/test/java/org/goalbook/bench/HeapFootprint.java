package org.goalbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Memory an operation needs: the heap its result keeps alive (used heap after full collections, with and without
 * the result) and the bytes the calling thread allocated while computing it (all garbage included).
 */
record HeapFootprint(long retainedBytes, long allocatedBytes) {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    static HeapFootprint of(Supplier<?> work) {
        long before = usedAfterGc();
        long allocatedBefore = allocatedByThisThread();
        Object result = work.get();
        long allocated = allocatedByThisThread() - allocatedBefore;
        long after = usedAfterGc();
        Reference.reachabilityFence(result);
        return new HeapFootprint(after - before, allocatedBefore < 0 ? -1 : allocated);
    }

    /** Used heap once full collections stop freeing anything. */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** Bytes allocated by this thread so far, or -1 where the JVM cannot tell (HotSpot can). */
    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            threads.setThreadAllocatedMemoryEnabled(true);
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** "12.3 MB" or "456 KB"; a retained size below zero is collector noise around nothing. */
    static String size(long bytes) {
        if (bytes < 0) {
            return "~0 KB";
        }
        return bytes < 1024 * 1024 ? bytes / 1024 + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
