package org.tadworkbench.intake;

import java.util.Locale;
import java.util.Optional;

/** The forms a specification version is ingested from. */
public enum SpecFormat {
    DOCX, PDF, HTML, MD, TXT;

    /** The format a file name's extension names (.docx, .pdf, .htm/.html, .md/.markdown, .txt), if any. */
    public static Optional<SpecFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return Optional.of(DOCX);
        } else if (lower.endsWith(".pdf")) {
            return Optional.of(PDF);
        } else if (lower.endsWith(".htm") || lower.endsWith(".html") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MD);
        } else if (lower.endsWith(".txt")) {
            return Optional.of(TXT);
        }
        return Optional.empty();
    }

    /** The word users type: docx, pdf, html, md, txt. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SpecFormat> ofWord(String word) {
        for (SpecFormat f : values()) {
            if (f.word().equalsIgnoreCase(word) || (f == HTML && "htm".equalsIgnoreCase(word))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
