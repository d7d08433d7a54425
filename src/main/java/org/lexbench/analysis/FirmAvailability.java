package org.lexbench.analysis;

/**
 * One firm's data availability: its coverage as the score counted it (the share of scored
 * indicators it has a value for, see the screen step), and whether it was scored.
 */
public record FirmAvailability(String firm, double coverage, boolean scored) {
}
