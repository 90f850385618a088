package org.tadworkbench.mspdi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.reader.UniversalProjectReader;
import org.tadworkbench.plan.Activity;
import org.tadworkbench.plan.ActualEffort;
import org.tadworkbench.plan.Milestone;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.Resource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a project file -- MSPDI XML, or MPP and the other formats MPXJ reads -- written by MS Project or by
 * {@link MspdiExporter}, and returns the plan it holds ({@link ProjectMapping} says how tasks map). Currency, budget,
 * thresholds and calendar changes are kept from the current plan.
 *
 * <p>XML is first parsed by a hardened parser that refuses any DOCTYPE, so no external entity or entity expansion
 * ever reaches MPXJ's readers.
 */
public final class MspdiImporter {

    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

    private MspdiImporter() {
    }

    /** Reads {@code file} and returns {@code current} updated from it. */
    public static MspdiImport read(Path file, Plan current) throws MspdiImportException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new MspdiImportException(name + ": no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new MspdiImportException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, refused");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, current);
            }
        } catch (IOException e) {
            throw new MspdiImportException(name + ": could not read: " + oneLine(e), e);
        }
    }

    /** Reads a project file from a stream; {@code name} is used in messages. */
    public static MspdiImport read(InputStream in, String name, Plan current) throws MspdiImportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new MspdiImportException(name + ": could not read: " + oneLine(e), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new MspdiImportException(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, refused");
        }
        if (bytes.length == 0) {
            throw new MspdiImportException(name + ": empty file");
        }
        ProjectFile project = parse(bytes, name);
        return new ProjectMapping(project, current, name).run();
    }

    /** Reads the file as an MPXJ project; exposed to the package for tests. */
    static ProjectFile parse(byte[] bytes, String name) throws MspdiImportException {
        try {
            if (looksLikeXml(bytes)) {
                String root = checkedRoot(bytes, name);
                if (root.equals(MSPDI_NAMESPACE + " Project")) {
                    MSPDIReader reader = new MSPDIReader();
                    return reader.read(new ByteArrayInputStream(bytes));
                }
            }
            ProjectFile project = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
            if (project == null) {
                throw new MspdiImportException(name + ": not a project file (expected MS Project XML or MPP)");
            }
            return project;
        } catch (MPXJException | RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    /** Why MPXJ could not read a file, in the user's terms; a password-protected .mpp says what to do about it. */
    static MspdiImportException unreadable(String name, Exception e) {
        if (oneLine(e).toLowerCase(Locale.ROOT).contains("password protected")) {
            return new MspdiImportException(name + ": refused: the file is password-protected; open it in MS Project"
                    + " and save a copy without a password (or as XML)", e);
        }
        return new MspdiImportException(name + ": not a readable project file: " + oneLine(e), e);
    }

    private static boolean looksLikeXml(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<'
                || bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
    }

    /** Parses the XML with DOCTYPEs refused and external access off; returns "namespace localName" of the root. */
    private static String checkedRoot(byte[] bytes, String name) throws MspdiImportException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            String[] root = new String[1];
            parser.parse(new InputSource(new ByteArrayInputStream(bytes)), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (root[0] == null) {
                        root[0] = uri + " " + localName;
                    }
                }
            });
            return root[0] == null ? "" : root[0];
        } catch (SAXException e) {
            String message = oneLine(e);
            if (message.contains("DOCTYPE")) {
                throw new MspdiImportException(name + ": refused: the XML declares a DOCTYPE (external entities are not allowed)", e);
            }
            throw new MspdiImportException(name + ": not well-formed XML: " + message, e);
        } catch (ParserConfigurationException | IOException e) {
            throw new MspdiImportException(name + ": could not parse: " + oneLine(e), e);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    // The mapping itself: see ProjectMapping.

    /** Two decimals at most, written as plan.yaml writes them (4, not 4.00; 10, not 1E+1). */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static LocalDate date(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "resource" : s;
    }
}
