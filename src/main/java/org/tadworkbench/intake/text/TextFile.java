package org.tadworkbench.intake.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tadworkbench.intake.IntakeException;

/**
 * The lines of a text file (Markdown, plain text): UTF-8, or UTF-16 when a byte order mark says so, or Windows-1252
 * when the bytes are not UTF-8 (what older editors on Windows save); line ends of any kind.
 */
final class TextFile {

    private TextFile() {
    }

    static List<String> lines(Path file, String displayName) throws IntakeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IntakeException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new IntakeException(displayName + ": holds binary data (NUL bytes), not text; "
                    + "give the specification as text, or name its format with --format");
        }
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** How many words a piece of text holds. */
    static int words(CharSequence text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
