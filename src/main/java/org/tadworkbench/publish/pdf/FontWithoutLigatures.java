package org.tadworkbench.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TrueType font without its GSUB table. PDFBox applies the font's Latin ligatures (fi, fl) when it writes text,
 * which makes the PDF's text read back as "Classiﬁcation": searching, copying and screen readers then miss the
 * word. Without GSUB every letter stays a letter. The font's glyphs and metrics are untouched.
 */
final class FontWithoutLigatures {

    private static final String DROPPED = "GSUB";

    private FontWithoutLigatures() {
    }

    private record Table(String tag, int checksum, byte[] data) {
    }

    static byte[] of(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            in.get(record, tag);
            int checksum = in.getInt(record + 4);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            String name = new String(tag, StandardCharsets.US_ASCII);
            if (!name.equals(DROPPED)) {
                byte[] data = new byte[length];
                in.get(offset, data);
                tables.add(new Table(name, checksum, data));
            }
        }
        int kept = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(kept);
        int searchRange = (1 << entrySelector) * 16;
        ByteBuffer head = ByteBuffer.allocate(12 + 16 * kept);
        head.putInt(version).putShort((short) kept).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (kept * 16 - searchRange));
        int offset = 12 + 16 * kept;
        for (Table table : tables) {
            head.put(table.tag().getBytes(StandardCharsets.US_ASCII)).putInt(table.checksum()).putInt(offset)
                    .putInt(table.data().length);
            offset += padded(table.data().length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(font.length);
        out.writeBytes(head.array());
        for (Table table : tables) {
            out.writeBytes(table.data());
            out.writeBytes(new byte[padded(table.data().length) - table.data().length]);
        }
        return out.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
