package org.tadworkbench.workspace;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.tadworkbench.workspace.internal.ReadContext;

/**
 * What reading each file of one workspace folder gave last time (values, findings and places), kept between runs
 * in one file under the cache directory and keyed by each file's content, so a command that reads a large workspace
 * again parses only the files that changed. Parsing YAML is most of the time a big workspace takes to read; taking
 * the result back is a small fraction of it.
 *
 * <p>The cache can only be missed, never wrong: an entry is used only for the same bytes (length and two
 * independent checksums) read by the same build of the workbench; anything unreadable, or any value the binary form
 * does not cover, is simply parsed. Nothing is written when nothing changed.
 */
final class ParseCache {

    private static final int MAGIC = 0x54414432; // "TAD2"

    /** The content a cached result was read from: length and two 32-bit checksums. */
    record Key(int length, int crc32c, int crc32) {
        static Key of(byte[] bytes) {
            CRC32C first = new CRC32C();
            first.update(bytes);
            CRC32 second = new CRC32();
            second.update(bytes);
            return new Key(bytes.length, (int) first.getValue(), (int) second.getValue());
        }
    }

    /** One file's cached result: where its payload lies in {@code bytes}, and the payload's own checksum. */
    private record Entry(Key key, byte[] bytes, int offset, int length, int check) {
        static Entry of(Key key, byte[] payload) {
            return new Entry(key, payload, 0, payload.length, checksum(payload, 0, payload.length));
        }

        boolean intact() {
            return offset >= 0 && length >= 0 && offset + length <= bytes.length && checksum(bytes, offset, length) == check;
        }
    }

    private static int checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** What a hit gives back: the value and the reading context (findings, places) of the file. */
    record Hit(Object value, ReadContext ctx) {
    }

    private final Path file;
    private final Map<String, Entry> before;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private ParseCache(Path file, Map<String, Entry> before) {
        this.file = file;
        this.before = before;
    }

    /**
     * The cache of one workspace folder under {@code directory}; empty (and harmless) when it cannot be read. One
     * file per folder: a file written by another build of the workbench is not believed, and the next save replaces it.
     */
    static ParseCache open(Path directory, Path workspace) {
        Path file = directory.resolve("parsed").resolve(CacheFolder.sha256(workspace.toAbsolutePath().normalize().toString()) + ".bin");
        return new ParseCache(file, load(file, CodeStamp.VALUE));
    }

    /** The result cached for this file and content, if any and readable. */
    Optional<Hit> lookup(String name, Key key) {
        Entry entry = before.get(name);
        if (entry == null || !entry.key().equals(key) || !entry.intact()) {
            changed = true;
            return Optional.empty();
        }
        try {
            ValueBytes.Reader in = new ValueBytes.Reader(entry.bytes(), entry.offset());
            Object value = in.value();
            ReadContext ctx = new ReadContext(name, 0);
            int findings = in.count();
            for (int i = 0; i < findings; i++) {
                ctx.findings().add((Finding) in.value());
            }
            int places = in.count();
            for (int i = 0; i < places; i++) {
                Object item = in.recordNumber(in.count());
                Location at = (Location) in.value();
                @SuppressWarnings("unchecked")
                Map<String, Integer> fields = (Map<String, Integer>) in.value();
                ctx.locations().put(item, at, fields);
            }
            now.put(name, entry);
            return Optional.of(new Hit(value, ctx));
        } catch (RuntimeException e) {
            changed = true;
            return Optional.empty(); // an entry this build cannot take back is parsed again and replaced
        }
    }

    /** Keeps what parsing this file gave, when the binary form covers it. */
    void store(String name, Key key, Object value, ReadContext ctx) {
        changed = true;
        try {
            ValueBytes.Writer out = new ValueBytes.Writer();
            out.value(value);
            out.unsigned(ctx.findings().size());
            ctx.findings().forEach(out::value);
            record Place(int ordinal, Location at, Map<String, Integer> fields) {
            }
            List<Place> places = new ArrayList<>();
            ctx.locations().forEachPlace((item, at, fields) -> {
                int ordinal = out.ordinal(item);
                if (ordinal >= 0) { // places of items the reader dropped (half-read, with errors) are not needed
                    places.add(new Place(ordinal, at, fields));
                }
            });
            out.unsigned(places.size());
            for (Place place : places) {
                out.unsigned(place.ordinal());
                out.value(place.at());
                out.value(place.fields());
            }
            now.put(name, Entry.of(key, out.bytes()));
        } catch (ValueBytes.Unsupported e) {
            now.remove(name);
        }
    }

    /** Writes the cache back when anything was parsed anew or a file went away; never fails the caller. */
    void save() {
        if (!changed && now.keySet().equals(before.keySet())) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeUTF(CodeStamp.VALUE);
            Map<String, Entry> sorted = new TreeMap<>(now);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                Entry entry = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(entry.key().length());
                out.writeInt(entry.key().crc32c());
                out.writeInt(entry.key().crc32());
                out.writeInt(entry.check());
                out.writeInt(entry.length());
                out.write(entry.bytes(), entry.offset(), entry.length());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        CacheFolder.store(file, bytes.toByteArray());
    }

    private static Map<String, Entry> load(Path file, String stamp) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            if (!Files.isRegularFile(file)) {
                return entries;
            }
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) {
                return entries;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                Key key = new Key(in.readInt(), in.readInt(), in.readInt());
                int check = in.readInt();
                int length = in.readInt();
                int offset = bytes.length - in.available();
                if (length < 0 || length > in.available()) {
                    return new ConcurrentHashMap<>();
                }
                entries.put(name, new Entry(key, bytes, offset, length, check));
                in.skipNBytes(length);
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>(); // a damaged cache is as good as none
        }
    }

    /**
     * Which build of the workbench is running: its jar's size and time, or for classes in a folder (development,
     * tests) the newest class file, so results read by other code are never taken back.
     */
    private static final class CodeStamp {
        static final String VALUE = codeStamp();
    }

    private static String codeStamp() {
        try {
            CodeSource source = ParseCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown-" + System.nanoTime();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                return location + "@" + attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
            }
            try (Stream<Path> classes = Files.walk(location)) {
                long newest = classes.filter(p -> p.toString().endsWith(".class"))
                        .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                return location + "@" + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}
