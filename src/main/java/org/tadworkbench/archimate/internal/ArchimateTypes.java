package org.tadworkbench.archimate.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tadworkbench.model.Element;
import org.tadworkbench.model.ElementType;
import org.tadworkbench.model.RelationshipType;

/**
 * How our element and relationship types meet the ArchiMate 3.1 ones. Export uses one ArchiMate type per type of
 * ours; import reads every ArchiMate element type, keeping the ones we have no type for as OTHER. The exact type of
 * ours travels in the "tadType" property, so our own files come back exactly whatever the table says.
 */
public final class ArchimateTypes {

    private static final Map<ElementType, String> EXPORTED_ELEMENTS = new EnumMap<>(ElementType.class);
    private static final Map<String, ElementType> IMPORTED_ELEMENTS = new LinkedHashMap<>();
    private static final Map<RelationshipType, String> EXPORTED_RELATIONSHIPS = new EnumMap<>(RelationshipType.class);
    private static final Map<String, RelationshipType> IMPORTED_RELATIONSHIPS = new LinkedHashMap<>();

    /**
     * ArchiMate draws composition and aggregation from the whole to its parts; our part-of goes from the part to
     * the whole, so these two are written (and read) the other way round.
     */
    private static final Set<String> WHOLE_TO_PART = Set.of("Composition", "Aggregation");

    static {
        EXPORTED_ELEMENTS.put(ElementType.DOMAIN, "Grouping");
        EXPORTED_ELEMENTS.put(ElementType.PARTY, "BusinessActor");
        EXPORTED_ELEMENTS.put(ElementType.ROLE, "BusinessRole");
        EXPORTED_ELEMENTS.put(ElementType.BUSINESS_FUNCTION, "BusinessFunction");
        EXPORTED_ELEMENTS.put(ElementType.APPLICATION_COMPONENT, "ApplicationComponent");
        EXPORTED_ELEMENTS.put(ElementType.DEVICE, "Device");
        EXPORTED_ELEMENTS.put(ElementType.NETWORK, "CommunicationNetwork");
        EXPORTED_ELEMENTS.put(ElementType.INTERFACE, "ApplicationInterface");
        // A protocol of the TAD (ZigBee, DLMS, GBCS) is implemented by the software stack a device runs and hosts,
        // which ArchiMate calls system software; TechnologyService would lose "a device hosts it".
        EXPORTED_ELEMENTS.put(ElementType.PROTOCOL, "SystemSoftware");
        EXPORTED_ELEMENTS.put(ElementType.DATA_ENTITY, "DataObject");
        EXPORTED_ELEMENTS.put(ElementType.SERVICE_REQUEST, "ApplicationService");
        // OTHER is written as its archimateType; this is only the fallback when that is not an ArchiMate type.
        EXPORTED_ELEMENTS.put(ElementType.OTHER, "Grouping");

        // Every element type of ArchiMate 3.1 (the XSD's ElementTypeEnum, composites and junctions), in its order.
        importAs(ElementType.PARTY, "BusinessActor");
        importAs(ElementType.ROLE, "BusinessRole");
        importAs(ElementType.OTHER, "BusinessCollaboration");
        importAs(ElementType.INTERFACE, "BusinessInterface");
        importAs(ElementType.OTHER, "BusinessProcess");
        importAs(ElementType.BUSINESS_FUNCTION, "BusinessFunction");
        importAs(ElementType.OTHER, "BusinessInteraction", "BusinessEvent", "BusinessService");
        importAs(ElementType.DATA_ENTITY, "BusinessObject");
        importAs(ElementType.OTHER, "Contract", "Representation", "Product");
        importAs(ElementType.APPLICATION_COMPONENT, "ApplicationComponent");
        importAs(ElementType.OTHER, "ApplicationCollaboration");
        importAs(ElementType.INTERFACE, "ApplicationInterface");
        importAs(ElementType.OTHER, "ApplicationFunction", "ApplicationInteraction", "ApplicationProcess", "ApplicationEvent");
        importAs(ElementType.SERVICE_REQUEST, "ApplicationService");
        importAs(ElementType.DATA_ENTITY, "DataObject");
        importAs(ElementType.OTHER, "Node");
        importAs(ElementType.DEVICE, "Device");
        importAs(ElementType.PROTOCOL, "SystemSoftware");
        importAs(ElementType.OTHER, "TechnologyCollaboration");
        importAs(ElementType.INTERFACE, "TechnologyInterface");
        importAs(ElementType.NETWORK, "Path", "CommunicationNetwork");
        importAs(ElementType.OTHER, "TechnologyFunction", "TechnologyProcess", "TechnologyInteraction", "TechnologyEvent",
                "TechnologyService", "Artifact", "Equipment", "Facility", "DistributionNetwork", "Material",
                "Stakeholder", "Driver", "Assessment", "Goal", "Outcome", "Principle", "Requirement", "Constraint",
                "Meaning", "Value", "Resource", "Capability", "CourseOfAction", "ValueStream", "WorkPackage",
                "Deliverable", "ImplementationEvent", "Plateau", "Gap");
        importAs(ElementType.DOMAIN, "Grouping", "Location");
        importAs(ElementType.OTHER, "AndJunction", "OrJunction");

        EXPORTED_RELATIONSHIPS.put(RelationshipType.SERVES, "Serving");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.PART_OF, "Aggregation");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.HOSTS, "Assignment");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.REALISES, "Realization");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.SENDS_TO, "Flow");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.ACCESSES, "Access");
        // ArchiMate has no "uses" (2.x's used-by became serving, the other way round), no join, requirement or
        // ownership between structure elements: association is the relationship the rules allow everywhere.
        EXPORTED_RELATIONSHIPS.put(RelationshipType.USES, "Association");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.JOINS, "Association");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.REQUIRES, "Association");
        EXPORTED_RELATIONSHIPS.put(RelationshipType.OWNED_BY, "Association");

        IMPORTED_RELATIONSHIPS.put("Composition", RelationshipType.PART_OF);
        IMPORTED_RELATIONSHIPS.put("Aggregation", RelationshipType.PART_OF);
        IMPORTED_RELATIONSHIPS.put("Assignment", RelationshipType.HOSTS);
        IMPORTED_RELATIONSHIPS.put("Realization", RelationshipType.REALISES);
        IMPORTED_RELATIONSHIPS.put("Serving", RelationshipType.SERVES);
        IMPORTED_RELATIONSHIPS.put("Access", RelationshipType.ACCESSES);
        IMPORTED_RELATIONSHIPS.put("Influence", RelationshipType.USES);
        IMPORTED_RELATIONSHIPS.put("Triggering", RelationshipType.SENDS_TO);
        IMPORTED_RELATIONSHIPS.put("Flow", RelationshipType.SENDS_TO);
        IMPORTED_RELATIONSHIPS.put("Specialization", RelationshipType.USES);
        IMPORTED_RELATIONSHIPS.put("Association", RelationshipType.USES);
    }

    private ArchimateTypes() {
    }

    private static void importAs(ElementType type, String... archimateTypes) {
        for (String archimateType : archimateTypes) {
            IMPORTED_ELEMENTS.put(archimateType, type);
        }
    }

    /** The ArchiMate type a type of ours is written as when the element names no ArchiMate type of its own. */
    public static String exported(ElementType type) {
        return EXPORTED_ELEMENTS.get(type);
    }

    /**
     * The xsi:type of an element: its archimateType when that is an ArchiMate element type (an OTHER element, or one
     * imported from a type we read as one of ours, such as a Location domain), else the type's own.
     */
    public static String xsiType(Element element) {
        return isArchimateElementType(element.archimateType()) ? element.archimateType() : exported(element.type());
    }

    public static boolean isArchimateElementType(String archimateType) {
        // ValueStream is ArchiMate 3.1 but not in the 3.0 exchange XSD the tools validate against.
        return archimateType != null && IMPORTED_ELEMENTS.containsKey(archimateType) && !"ValueStream".equals(archimateType);
    }

    /** Our type for an ArchiMate element type; types we do not know at all are OTHER too. */
    public static ElementType imported(String archimateType) {
        return IMPORTED_ELEMENTS.getOrDefault(archimateType, ElementType.OTHER);
    }

    public static String exported(RelationshipType type) {
        return EXPORTED_RELATIONSHIPS.get(type);
    }

    public static Optional<RelationshipType> importedRelationship(String archimateType) {
        return Optional.ofNullable(IMPORTED_RELATIONSHIPS.get(archimateType));
    }

    public static boolean drawnWholeToPart(String archimateRelationshipType) {
        return WHOLE_TO_PART.contains(archimateRelationshipType);
    }

    public static boolean exportedWholeToPart(RelationshipType type) {
        return drawnWholeToPart(exported(type));
    }
}
