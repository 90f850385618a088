package org.tadworkbench.archimate.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum values as the workspace files spell them (BUSINESS_FUNCTION is business-function), so that property
 * values in an exchange file read like the YAML. The workspace module keeps its own copy internal.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(code)).findFirst();
    }

    public static <E extends Enum<E>> String allOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
