package org.tadworkbench.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SEC Party categories a respondent answers for (SEC Section A, the Parties' categories). */
public enum PartyCategory {
    LARGE_SUPPLIER("Large Supplier"),
    SMALL_SUPPLIER("Small Supplier"),
    ELECTRICITY_NETWORK_OPERATOR("Electricity Network Operator"),
    GAS_NETWORK_OPERATOR("Gas Network Operator"),
    OTHER_SEC_PARTY("Other SEC Party");

    private final String label;

    PartyCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code large-supplier}, {@code LARGE_SUPPLIER} or {@code Large Supplier}. */
    public static PartyCategory parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (PartyCategory category : values()) {
            if (category.name().equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown party category '" + text + "': use one of "
                + Arrays.stream(values()).map(PartyCategory::code).collect(Collectors.joining(", ")));
    }
}
