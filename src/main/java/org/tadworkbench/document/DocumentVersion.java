package org.tadworkbench.document;

import java.time.LocalDate;

/** One version of the document, e.g. 3.0 drafted for the SMETS1 Services Release. {@code release} may be null. */
public record DocumentVersion(String version, VersionStatus status, LocalDate date, String release, String summary) {
}
