package org.tadworkbench.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the Word reader does not keep but an import reports or records: the core properties (title, author, dates),
 * the custom properties (a reviewer copy names its workspace and version there) and how many comments and tracked
 * changes the file holds. Read after the Word reader has accepted the package
 * (so its size limits already hold), by counting elements in the raw XML: no XML parser, so no entity can expand.
 */
record DocxProperties(String title, String creator, LocalDate date, int comments, int trackedChanges,
                      java.util.Map<String, String> custom) {

    private static final long MAX_PART = 64L * 1024 * 1024;
    private static final Pattern INSERT_OR_DELETE = Pattern.compile("<w:(?:ins|del|moveFrom|moveTo)[\\s>]");
    private static final Pattern COMMENT = Pattern.compile("<w:comment[\\s>]");
    private static final Pattern CUSTOM = Pattern.compile(
            "<property\\s[^>]*name=\"([^\"]*)\"[^>]*>\\s*<vt:\\w+>([^<]*)</vt:\\w+>\\s*</property>");

    static DocxProperties of(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String core = part(zip, "docProps/core.xml").orElse("");
            String document = part(zip, "word/document.xml").orElse("");
            String comments = part(zip, "word/comments.xml").orElse("");
            LocalDate date = element(core, "dcterms:modified").or(() -> element(core, "dcterms:created"))
                    .flatMap(DocxProperties::day)
                    .orElseGet(() -> entryDay(zip, "word/document.xml"));
            java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
            Matcher property = CUSTOM.matcher(part(zip, "docProps/custom.xml").orElse(""));
            while (property.find()) {
                custom.put(unescape(property.group(1)), unescape(property.group(2).strip()));
            }
            return new DocxProperties(element(core, "dc:title").orElse(""), element(core, "dc:creator").orElse(""),
                    date, count(COMMENT, comments), count(INSERT_OR_DELETE, document), java.util.Map.copyOf(custom));
        }
    }

    private static Optional<String> part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_PART);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> element(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + "(?:\\s[^>]*)?>([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
        return m.find() && !m.group(1).isBlank() ? Optional.of(unescape(m.group(1).strip())) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static Optional<LocalDate> day(String timestamp) {
        return timestamp.length() >= 10 && timestamp.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                ? Optional.of(LocalDate.parse(timestamp.substring(0, 10))) : Optional.empty();
    }

    /** Without core properties, the day the document part was stored: the same file gives the same date. */
    private static LocalDate entryDay(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        long time = entry == null || entry.getTime() < 0 ? 0 : entry.getTime();
        return java.time.Instant.ofEpochMilli(time).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
