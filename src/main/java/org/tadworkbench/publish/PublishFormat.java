package org.tadworkbench.publish;

import java.util.Locale;

/** The formats a version is published in, and the file each one is written to. */
public enum PublishFormat {
    HTML("html", "text/html; charset=utf-8"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    PublishFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The built file: {@code index.html} (a static site), {@code tad-3.0.pdf}, {@code tad-3.0.docx}. */
    public String fileName(String version) {
        return this == HTML ? "index.html" : "tad-" + version + "." + extension;
    }

    /** "html" to HTML; unknown names throw IllegalArgumentException naming the accepted ones. */
    public static PublishFormat of(String name) {
        for (PublishFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected html, pdf or docx)");
    }
}
