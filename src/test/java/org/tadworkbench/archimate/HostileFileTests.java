package org.tadworkbench.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exchange files come from outside, so the importer must refuse what could read local files, exhaust memory or
 * crash it, and say why in one line instead of a stack trace.
 */
class HostileFileTests {

    private static final Path FILES = Path.of("src/test/resources/archimate");

    @TempDir
    Path tmp;

    private final ArchimateImporter importer = new ArchimateImporter();

    @Test
    void anExternalEntityReadingLocalFilesIsRefused() {
        assertThatThrownBy(() -> importer.read(FILES.resolve("xxe.xml")))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessageStartingWith("line 2, column ")
                .hasMessageContaining("DOCTYPE declaration, which is refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:").doesNotContain("\n"));
    }

    @Test
    @Timeout(10)
    void aBillionLaughsFileIsRefusedWithoutExpandingIt() {
        assertThatThrownBy(() -> importer.read(FILES.resolve("billion-laughs.xml")))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessageContaining("DOCTYPE declaration, which is refused");
    }

    @Test
    void anyDoctypeIsRefusedEvenAHarmlessLookingOne() {
        assertThatThrownBy(() -> importer.read(FILES.resolve("doctype.xml")))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessageStartingWith("line 2, column ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void xincludeIsNotProcessed() throws ArchimateImportException {
        ImportedModel imported = importer.read(FILES.resolve("xinclude.xml"));

        assertThat(imported.model().elements()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Actor");
            assertThat(e.description()).isNull();
        });
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        assertThatThrownBy(() -> importer.read(FILES.resolve("malformed.xml")))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessageStartingWith("line 6, column ")
                .hasMessageContaining("not well-formed XML")
                .hasMessageContaining("nam");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        Path big = tmp.resolve("big.xml");
        // A sparse file: 21 MB by size, no disk used, and the importer must not read it to find out.
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }

        assertThatThrownBy(() -> importer.read(big))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessage("the file is 21.0 MB, over the 20.0 MB limit for exchange files");
    }

    @Test
    void aStreamOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        String xml = Files.readString(ArchiFileImportTests.FIXTURE, StandardCharsets.UTF_8);
        ArchimateImporter small = new ArchimateImporter(1000);

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessage("the input is over the 1000 bytes limit for exchange files");
    }

    @Test
    void aRelationshipToAnUnknownElementIsAnError() {
        assertThatThrownBy(() -> importer.read(FILES.resolve("unknown-end.xml")))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessage("relationship 'id-r1' has target 'id-nowhere', which is not an element of the file");
    }

    @Test
    void aFileThatIsNoExchangeFileIsNamedAsSuch() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>"))
                .isInstanceOf(ArchimateImportException.class)
                .hasMessage("not an ArchiMate exchange file: the root element is <project> in namespace "
                        + "'http://maven.apache.org/POM/4.0.0', expected <model> in http://www.opengroup.org/xsd/archimate/3.0/");
    }

    @Test
    void anUnknownValueOfOurPropertiesIsAnError() {
        String xml = """
                <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
                  <name>M</name>
                  <elements>
                    <element identifier="id-e1" xsi:type="Device">
                      <name>Meter</name>
                      <properties><property propertyDefinitionRef="p1"><value>smets3</value></property></properties>
                    </element>
                  </elements>
                  <propertyDefinitions><propertyDefinition identifier="p1" type="string"><name>applicability</name></propertyDefinition></propertyDefinitions>
                </model>
                """;

        assertThatThrownBy(() -> read(xml)).isInstanceOf(ArchimateImportException.class)
                .hasMessage("element 'id-e1' has applicability 'smets3'; expected one of smets2plus, smets1, both");
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertThatThrownBy(() -> importer.read(tmp.resolve("absent.xml"))).isInstanceOf(ArchimateImportException.class)
                .hasMessage("no such file");
    }

    @Test
    void emptyInputIsMalformed() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ArchimateImportException.class)
                .hasMessageContaining("not well-formed XML");
    }

    private ImportedModel read(String xml) throws ArchimateImportException {
        return importer.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

}
