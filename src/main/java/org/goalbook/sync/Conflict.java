package org.goalbook.sync;

/**
 * Lines that the notebook and the journal file both changed since Goalbook last wrote the file, differently.
 *
 * @param line    where the lines start in the merged text, from 1
 * @param base    the lines as Goalbook last wrote them
 * @param ours    the notebook's lines (the merged text keeps these until the conflict is resolved)
 * @param theirs  the file's lines
 */
public record Conflict(int line, String base, String ours, String theirs) {
}
