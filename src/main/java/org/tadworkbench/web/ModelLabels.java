package org.tadworkbench.web;

import org.springframework.stereotype.Component;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.model.AvailabilityItem;
import org.tadworkbench.model.DiagramVariant;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.Variation;

/** How the architecture model reads on the pages; templates call it as {@code @modelLabels}. */
@Component("modelLabels")
class ModelLabels {

    /** Type headings: SERVICE_REQUEST reads "Service requests". */
    public String typeHeading(ElementType type) {
        return switch (type) {
            case DOMAIN -> "Domains";
            case PARTY -> "Parties";
            case ROLE -> "Roles";
            case BUSINESS_FUNCTION -> "Business functions";
            case APPLICATION_COMPONENT -> "Application components";
            case DEVICE -> "Devices";
            case NETWORK -> "Networks";
            case INTERFACE -> "Interfaces";
            case PROTOCOL -> "Protocols";
            case DATA_ENTITY -> "Data entities";
            case SERVICE_REQUEST -> "Service requests";
            case OTHER -> "Other elements";
        };
    }

    /** An applicability as a filter choice: "SMETS1 only", "SMETS2+ and SMETS1". */
    public String appliesTo(Applicability applicability) {
        return switch (applicability) {
            case SMETS2PLUS -> "SMETS2+ only";
            case SMETS1 -> "SMETS1 only";
            case BOTH -> "SMETS2+ and SMETS1";
        };
    }

    /** What a variation does, without its replacement's name: "not applicable for SMETS1". */
    public String variation(Variation variation) {
        return switch (variation.kind()) {
            case NOT_APPLICABLE -> "not applicable for SMETS1";
            case REPLACED_BY -> "replaced for SMETS1";
            case ADDED -> "added for SMETS1";
            case CONSTRAINED -> "constrained for SMETS1";
        };
    }

    /** The name of a diagram variant, e.g. in the variant switch. */
    public String variant(DiagramVariant variant) {
        return switch (variant) {
            case SMETS2PLUS -> "SMETS2+";
            case SMETS1 -> "SMETS1";
            case VARIATION -> "What SMETS1 changes";
        };
    }

    /** The diagram as a noun phrase, for headings and alternative text. */
    public String diagram(DiagramVariant variant) {
        return switch (variant) {
            case SMETS2PLUS -> "SMETS2+ diagram";
            case SMETS1 -> "SMETS1 diagram";
            case VARIATION -> "diagram of what SMETS1 changes";
        };
    }

    /** Availability in words; the status code alone (available, unavailable, replaced) is for CSS. */
    public String status(AvailabilityItem item) {
        return switch (item.status()) {
            case "available" -> "Available";
            case "replaced" -> "Replaced";
            case "unavailable" -> "Not available";
            default -> item.status();
        };
    }

    /** A name with its code in front, unless the name already says it: "8.13 Return Local Command Response". */
    public String withCode(String code, String name) {
        return code == null || name.contains(code) ? name : code + " " + name;
    }
}
