package org.tadworkbench.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.tadworkbench.SharedFolder;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Open Group's ArchiMate exchange schemas, for checking that what we write is what other tools accept.
 * They are read from ../shared/reference/archimate-xsd/ rather than copied into the project: they are the Open
 * Group's published files (as Archi ships them), kept in one place for every project on this machine, and a copy
 * here could drift from them unnoticed. Where that folder is missing, a test that validates is skipped (failed on
 * CI) by {@link SharedFolder}; {@link ExchangeStructure} checks the same files without the schemas. The W3C xml.xsd
 * they import by its w3.org address is resolved to the local copy next to them; any other remote schema is
 * refused, so validation never touches the network.
 */
final class ExchangeSchema {

    private static final String FOLDER_IN_SHARED = "reference/archimate-xsd";
    static final Path FOLDER = SharedFolder.ROOT.resolve(FOLDER_IN_SHARED);
    private static final List<String> XML_XSD_ADDRESSES = List.of("http://www.w3.org/2001/xml.xsd",
            "http://www.w3.org/2001/03/xml.xsd");

    private static Schema schema;

    private ExchangeSchema() {
    }

    /**
     * Every validation error of {@code xml} as "line N: message"; empty when the file is valid. Ends the calling
     * test as skipped (failed on CI) when the schemas are not beside the project.
     */
    static List<String> validate(String xml) throws IOException {
        List<String> errors = new ArrayList<>();
        Validator validator = schema().newValidator();
        validator.setResourceResolver(LOCAL_ONLY);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            Path diagramSchema = SharedFolder.require(FOLDER_IN_SHARED + "/archimate3_Diagram.xsd");
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setResourceResolver(LOCAL_ONLY);
                // Only local files: if the resolver ever missed a remote import, loading fails instead of downloading.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                schema = factory.newSchema(diagramSchema.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot load the exchange schemas from " + FOLDER.toAbsolutePath(), e);
            }
        }
        return schema;
    }

    private static final LSResourceResolver LOCAL_ONLY = (type, namespace, publicId, systemId, baseUri) -> {
        if (systemId == null || !XML_XSD_ADDRESSES.contains(systemId)) {
            return null; // relative includes resolve next to the including file
        }
        Path local = FOLDER.resolve("xml.xsd").toAbsolutePath();
        return new LocalInput(local.toUri().toString(), publicId);
    };

    /** An LSInput over a local file; the JDK offers no public implementation outside DOM Load and Save. */
    private record LocalInput(String systemId, String publicId) implements LSInput {
        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(Path.of(java.net.URI.create(systemId)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
