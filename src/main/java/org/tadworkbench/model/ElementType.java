package org.tadworkbench.model;

/** The kinds of element the architecture model knows. */
public enum ElementType {
    DOMAIN, PARTY, ROLE, BUSINESS_FUNCTION, APPLICATION_COMPONENT, DEVICE, NETWORK, INTERFACE, PROTOCOL,
    DATA_ENTITY, SERVICE_REQUEST,
    /** Imported from ArchiMate with a type outside ours; the element keeps its ArchiMate type. */
    OTHER
}
