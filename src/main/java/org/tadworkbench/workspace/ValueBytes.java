package org.tadworkbench.workspace;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary form of what reading one file gave (plain values, lists, maps and the workbench's own records and
 * enums) for {@link ParseCache}. Each record is numbered in the order it is met, so a record met twice is written
 * once, and the places of the values ({@link Locations}, kept by identity) can be written against those numbers.
 * Only classes of the workbench itself are ever instantiated when reading back; anything else is refused.
 */
final class ValueBytes {

    /** A value this form does not cover: the file is simply not cached. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final String OWN_PACKAGE = "org.tadworkbench.";

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int DECIMAL = 6;
    private static final int DATE = 7;
    private static final int INSTANT = 8;
    private static final int ENUM = 9;
    private static final int LIST = 10;
    private static final int SET = 11;
    private static final int MAP = 12;
    private static final int RECORD = 13;
    private static final int SEEN_RECORD = 14;
    private static final int DOUBLE = 15;
    private static final int YEAR_MONTH = 16;

    /** Record components and canonical constructors by class, looked up once per run. */
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private record RecordShape(RecordComponent[] components, Constructor<?> constructor) {
        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new RecordShape(components, constructor);
            } catch (NoSuchMethodException e) {
                throw new Unsupported("no canonical constructor in " + type.getName());
            }
        }
    }

    private ValueBytes() {
    }

    /** Writes values one after another; {@link #ordinal} numbers the records written so far. */
    static final class Writer {
        private final Bytes out = new Bytes();
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<Class<?>, Integer> types = new HashMap<>();
        private final Map<Object, Integer> records = new IdentityHashMap<>();

        void value(Object value) {
            if (value == null) {
                out.write(NULL);
            } else if (value instanceof String text) {
                out.write(STRING);
                string(text);
            } else if (value instanceof Integer number) {
                out.write(INT);
                signed(number);
            } else if (value instanceof Long number) {
                out.write(LONG);
                signed(number);
            } else if (value instanceof Boolean flag) {
                out.write(flag ? TRUE : FALSE);
            } else if (value instanceof Double number) {
                out.write(DOUBLE);
                string(Double.toString(number));
            } else if (value instanceof BigDecimal number) {
                out.write(DECIMAL);
                string(number.toString());
            } else if (value instanceof LocalDate date) {
                out.write(DATE);
                signed(date.toEpochDay());
            } else if (value instanceof YearMonth month) {
                out.write(YEAR_MONTH);
                string(month.toString());
            } else if (value instanceof Instant instant) {
                out.write(INSTANT);
                signed(instant.getEpochSecond());
                unsigned(instant.getNano());
            } else if (value instanceof Enum<?> constant) {
                out.write(ENUM);
                type(constant.getDeclaringClass());
                string(constant.name());
            } else if (value instanceof List<?> list) {
                out.write(LIST);
                elements(list);
            } else if (value instanceof Set<?> set) {
                out.write(SET);
                elements(set);
            } else if (value instanceof Map<?, ?> map) {
                out.write(MAP);
                unsigned(map.size());
                map.forEach((k, v) -> {
                    value(k);
                    value(v);
                });
            } else if (value instanceof Record record && own(record.getClass())) {
                record(record);
            } else {
                throw new Unsupported(value.getClass().getName());
            }
        }

        /** The number of a record already written, or -1. */
        int ordinal(Object record) {
            return records.getOrDefault(record, -1);
        }

        void string(String text) {
            once(strings, text, () -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                unsigned(bytes.length);
                out.write(bytes, 0, bytes.length);
            });
        }

        /** A value met before is written as its number + 1; the first time, 0 and then the value itself. */
        private <T> void once(Map<T, Integer> table, T value, Runnable firstTime) {
            Integer known = table.get(value);
            if (known != null) {
                unsigned(known + 1L);
                return;
            }
            table.put(value, table.size());
            unsigned(0);
            firstTime.run();
        }

        void signed(long value) {
            unsigned((value << 1) ^ (value >> 63));
        }

        void unsigned(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void elements(java.util.Collection<?> items) {
            unsigned(items.size());
            items.forEach(this::value);
        }

        private void record(Record record) {
            Integer seen = records.get(record);
            if (seen != null) {
                out.write(SEEN_RECORD);
                unsigned(seen);
                return;
            }
            out.write(RECORD);
            type(record.getClass());
            RecordShape shape = SHAPES.computeIfAbsent(record.getClass(), RecordShape::of);
            Object[] values = new Object[shape.components().length];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = shape.components()[i].getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unsupported("cannot read " + shape.components()[i]);
                }
            }
            // Numbered after its parts, in the order the reader finishes building them.
            for (Object value : values) {
                value(value);
            }
            records.put(record, records.size());
        }

        private void type(Class<?> type) {
            once(types, type, () -> string(type.getName()));
        }
    }

    /**
     * A growing byte array. Not {@code ByteArrayOutputStream}: its methods are synchronized, and a lock per byte
     * was a large part of writing 100,000 records in a cold JVM.
     */
    private static final class Bytes {
        private byte[] bytes = new byte[4096];
        private int size;

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void write(byte[] more, int offset, int length) {
            ensure(length);
            System.arraycopy(more, offset, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads back what a {@link Writer} wrote, from {@code offset} of {@code bytes}. */
    static final class Reader {
        private final byte[] bytes;
        private int at;
        private final List<String> strings = new ArrayList<>();
        private final List<Class<?>> types = new ArrayList<>();
        private final List<Object> records = new ArrayList<>();

        Reader(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.at = offset;
        }

        Object value() {
            int tag = bytes[at++];
            return switch (tag) {
                case NULL -> null;
                case STRING -> string();
                case INT -> (int) signed();
                case LONG -> signed();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case DOUBLE -> Double.valueOf(string());
                case DECIMAL -> new BigDecimal(string());
                case DATE -> LocalDate.ofEpochDay(signed());
                case INSTANT -> Instant.ofEpochSecond(signed(), unsigned());
                case YEAR_MONTH -> YearMonth.parse(string());
                case ENUM -> constant();
                case LIST -> {
                    int size = count();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(value());
                    }
                    yield list;
                }
                case SET -> {
                    int size = count();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < size; i++) {
                        set.add(value());
                    }
                    yield set;
                }
                case MAP -> {
                    int size = count();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < size; i++) {
                        map.put(value(), value());
                    }
                    yield map;
                }
                case RECORD -> record();
                case SEEN_RECORD -> records.get(count());
                default -> throw new IllegalStateException("unknown tag " + tag + " at byte " + (at - 1));
            };
        }

        /** The record numbered {@code ordinal} by the writer. */
        Object recordNumber(int ordinal) {
            return records.get(ordinal);
        }

        String string() {
            int index = count();
            if (index > 0) {
                return strings.get(index - 1);
            }
            int length = count();
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            strings.add(text);
            return text;
        }

        long signed() {
            long raw = unsigned();
            return (raw >>> 1) ^ -(raw & 1);
        }

        long unsigned() {
            long value = 0;
            int shift = 0;
            while (true) {
                int b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalStateException("malformed number at byte " + at);
                }
            }
        }

        int count() {
            long value = unsigned();
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalStateException("malformed count at byte " + at);
            }
            return (int) value;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object constant() {
            Class<?> type = type();
            if (!type.isEnum()) {
                throw new IllegalStateException(type.getName() + " is not an enum");
            }
            return Enum.valueOf((Class) type, string());
        }

        private Object record() {
            Class<?> type = type();
            if (!type.isRecord()) {
                throw new IllegalStateException(type.getName() + " is not a record");
            }
            RecordShape shape = SHAPES.computeIfAbsent(type, RecordShape::of);
            Object[] values = new Object[shape.components().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = value();
            }
            try {
                Object record = shape.constructor().newInstance(values);
                records.add(record);
                return record;
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }

        private Class<?> type() {
            int index = count();
            if (index > 0) {
                return types.get(index - 1);
            }
            String name = string();
            if (!name.startsWith(OWN_PACKAGE)) {
                throw new IllegalStateException("refusing to load " + name);
            }
            try {
                Class<?> type = Class.forName(name, false, ValueBytes.class.getClassLoader());
                types.add(type);
                return type;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no class " + name, e);
            }
        }

        int position() {
            return at;
        }
    }

    private static boolean own(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE);
    }
}
