package org.tadworkbench.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A picture a section shows: an image file under figures/ (figures/figure-3.png, or figures/2.0/figure-3.png for
 * the text of version 2.0), embedded in Markdown as {@code ![Figure 3 Caption](figures/figure-3.png)}. {@code path}
 * is the file's path in the workspace, the same text the Markdown names. Two pictures are equal when path and bytes
 * are; the bytes' hash is not kept, so compare workspaces rather than hash them in a hot loop.
 */
public record Picture(String path, byte[] bytes) {

    /** The folder pictures live in, and how a Markdown image names one. */
    public static final String FOLDER = "figures/";

    /** The largest picture the workspace format accepts. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** figures/, then folders and a file name of letters, digits, '.', '_' and '-' (no hidden part), then a known extension. */
    private static final Pattern PATH = Pattern.compile(
            "figures/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?i:png|jpe?g|gif|svg)");

    public Picture {
        bytes = bytes.clone();
    }

    /** The bytes (a copy: the picture stays unchanged). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Whether {@code path} names a picture of the format: under figures/, ending .png, .jpg, .jpeg, .gif or .svg. */
    public static boolean isPicturePath(String path) {
        return path != null && PATH.matcher(path).matches() && !path.contains("..");
    }

    /** Whether a file under figures/ is meant as a picture but has an extension the format does not take. */
    public static boolean isUnderFolder(String path) {
        return path != null && path.startsWith(FOLDER);
    }

    /** image/png, image/jpeg, image/gif or image/svg+xml, from the path's extension. */
    public String mediaType() {
        return mediaTypeOf(path);
    }

    public static String mediaTypeOf(String path) {
        return switch (extension(path)) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }

    /**
     * What is wrong with the picture, or empty: bytes that are not the image the extension says (PNG, JPEG and GIF by
     * their signatures, SVG as UTF-8 text whose first element is {@code <svg}), or an SVG that is not self-contained
     * (a script, a DOCTYPE or entity, or a reference to anything outside it), which the renderers would otherwise
     * run or fetch.
     */
    public Optional<String> problem() {
        Optional<String> type = typeMismatch();
        if (type.isPresent() || !mediaType().equals("image/svg+xml")) {
            return type;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher unsafe = UNSAFE_SVG.matcher(text);
        return unsafe.find() ? Optional.of("is an SVG that is not self-contained (" + unsafe.group().strip()
                + "): a picture may hold no script, DOCTYPE or entity, and refer to nothing outside it") : Optional.empty();
    }

    /** In an SVG: a script, a DOCTYPE or entity, an event handler, or a link or url() that is not to a fragment or data. */
    private static final Pattern UNSAFE_SVG = Pattern.compile("(?i)<script|<!DOCTYPE|<!ENTITY|<foreignObject|\\son[a-z]+\\s*="
            + "|\\b(?:xlink:)?href\\s*=\\s*[\"'](?!#|data:image/)[^\"']*|url\\(\\s*[\"']?(?!#|data:image/)[^)]*\\)|@import");

    private Optional<String> typeMismatch() {
        boolean matches = switch (extension(path)) {
            case "png" -> startsWith(bytes, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            case "jpg", "jpeg" -> startsWith(bytes, 0xff, 0xd8, 0xff);
            case "gif" -> startsWith(bytes, 'G', 'I', 'F', '8');
            case "svg" -> looksLikeSvg(bytes);
            default -> false;
        };
        if (matches) {
            return Optional.empty();
        }
        String start = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 8));
        return Optional.of("is not a " + extension(path).toUpperCase(Locale.ROOT) + " image as its name says"
                + (bytes.length == 0 ? " (the file is empty)" : " (it starts with bytes " + start + ")"));
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** An XML declaration, comments and a DOCTYPE may come before the root; the root must be svg. */
    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String rest = head.replaceAll("(?s)^\\s*(<\\?xml.*?\\?>\\s*)?(<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*", "");
        return rest.startsWith("<svg") || rest.matches("(?s)^<[A-Za-z_][\\w.-]*:svg\\b.*");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture other && path.equals(other.path) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + bytes.length;
    }

    @Override
    public String toString() {
        return "Picture[" + path + ", " + bytes.length + " bytes]";
    }
}
