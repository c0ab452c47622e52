package org.goalbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory a running window holds: used heap after full collections, and the process's resident size (Linux). */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** "heap 123.4 MB, RSS 456.7 MB"; call it off the FX thread (it runs full collections). */
    static String now() {
        return "heap " + HeapFootprint.size(HeapFootprint.usedAfterGc()) + ", RSS " + rss();
    }

    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return HeapFootprint.size(kb * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: no resident size to report.
        }
        return "unknown";
    }
}
