package org.tadworkbench.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pictures of a Word file's body in document order: for each drawing, the bytes of the image it shows (the
 * bitmap, which Word keeps beside an SVG) and their file extension, or null when it shows none or an image the
 * workspace format does not take (only PNG, JPEG, GIF and SVG: a Windows metafile or TIFF stays in the original). Read after the Word
 * reader has accepted the package, so its size limits hold; the XML is scanned, not parsed, so no entity can expand.
 */
final class Pictures {

    private static final int MAX_PART = 64 * 1024 * 1024;
    private static final Pattern DRAWING = Pattern.compile("<w:drawing[\\s>].*?</w:drawing>", Pattern.DOTALL);
    private static final Pattern BLIP = Pattern.compile("<a:blip\\s[^>]*r:embed=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\s[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    record Picture(String extension, byte[] bytes) {
    }

    private Pictures() {
    }

    static List<Picture> of(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String document = part(zip, "word/document.xml");
            Map<String, String> targets = new HashMap<>();
            Matcher rel = RELATIONSHIP.matcher(part(zip, "word/_rels/document.xml.rels"));
            while (rel.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher a = ATTRIBUTE.matcher(rel.group());
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                if (attributes.containsKey("Id") && attributes.containsKey("Target") && !"External".equals(attributes.get("TargetMode"))) {
                    targets.put(attributes.get("Id"), attributes.get("Target"));
                }
            }
            List<Picture> pictures = new ArrayList<>();
            Matcher drawing = DRAWING.matcher(document);
            while (drawing.find()) {
                Matcher blip = BLIP.matcher(drawing.group());
                String target = blip.find() ? targets.get(blip.group(1)) : null;
                pictures.add(target == null ? null : picture(zip, target));
            }
            return pictures;
        }
    }

    private static Picture picture(ZipFile zip, String target) throws IOException {
        String name = target.startsWith("/") ? target.substring(1) : "word/" + target;
        ZipEntry entry = zip.getEntry(name);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (entry == null || name.contains("..") || !extension.matches("png|jpe?g|gif|svg")) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new Picture(extension, in.readNBytes(MAX_PART));
        }
    }

    private static String part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_PART), StandardCharsets.UTF_8);
        }
    }
}
