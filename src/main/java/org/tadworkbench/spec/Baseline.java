package org.tadworkbench.spec;

import java.time.LocalDate;

/** A release baseline, e.g. the SMETS1 Services Release; {@code date} is its planned or actual go-live. */
public record Baseline(String id, String title, LocalDate date) {
}
