package org.tadworkbench.intake.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.word.WordFixtures;

/**
 * Files that must not be read, each refused with a message that names the file, the part where one is at fault, and
 * what the user can do: encrypted, a 97-2003 .doc, not a ZIP, damaged, a ZIP bomb, macros, a DOCTYPE (XXE).
 */
class HostileDocxTests {

    @TempDir
    Path dir;

    private static byte[] smallSpecification() throws Exception {
        XWPFDocument doc = WordFixtures.specification();
        WordFixtures.paragraph(doc, "Heading1", "Introduction");
        WordFixtures.paragraph(doc, null, "Text.");
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Header");
        return WordFixtures.bytes(doc);
    }

    private IntakeException refused(byte[] bytes) throws Exception {
        Path file = dir.resolve("spec.docx");
        Files.write(file, bytes);
        try {
            new DocxSpecReader().read(file, "spec.docx");
        } catch (IntakeException e) {
            return e;
        }
        throw new AssertionError("spec.docx was read although it should have been refused");
    }

    @Test
    void theSameDocumentUntamperedIsRead() throws Exception {
        Path file = dir.resolve("spec.docx");
        Files.write(file, smallSpecification());
        assertThat(new DocxSpecReader().read(file, "spec.docx").clauses()).hasSize(1);
    }

    @Test
    void anEncryptedDocumentIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(smallSpecification());
            }
            fs.writeFilesystem(encrypted);
        }
        assertThat(refused(encrypted.toByteArray())).hasMessageStartingWith(
                "spec.docx is encrypted (password-protected); save a copy without a password");
    }

    @Test
    void aWord97DocumentIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThat(refused(doc.toByteArray())).hasMessageStartingWith("spec.docx is a Word 97-2003 .doc")
                .hasMessageContaining("save it as a Word Document (.docx)");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        assertThat(refused("just some text, renamed to .docx".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("spec.docx is not a Word .docx file (a .docx is a ZIP package; this is not one)");
        assertThat(refused(new byte[0])).hasMessage("spec.docx is empty, not a Word document");
    }

    @Test
    void aTruncatedPackageIsCalledDamaged() throws Exception {
        byte[] whole = smallSpecification();
        assertThat(refused(Arrays.copyOf(whole, whole.length / 2)))
                .hasMessageStartingWith("spec.docx is damaged or truncated");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        // 50 MB of spaces inside the body compress about a thousand to one.
        byte[] bomb = WordFixtures.withPart(smallSpecification(), "word/document.xml",
                xml -> xml.replace("</w:body>", " ".repeat(50 * 1024 * 1024) + "</w:body>"));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refused(bomb)).hasMessageStartingWith("spec.docx, part word/document.xml, is compressed more than 100 to 1");
    }

    @Test
    void aDocumentWithMacrosIsRefused() throws Exception {
        byte[] docm = WordFixtures.withPart(smallSpecification(), "[Content_Types].xml",
                types -> types.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml"));
        docm = WordFixtures.withPart(docm, "word/vbaProject.bin", ignored -> "binary macro storage");
        assertThat(refused(docm)).hasMessage("spec.docx, part word/document.xml, contains macros (a macro-enabled"
                + " document, application/vnd.ms-word.document.macroEnabled.main+xml); save it as a Word Document (.docx)"
                + " without macros");

        byte[] binOnly = WordFixtures.withPart(smallSpecification(), "word/vbaProject.bin", ignored -> "macros");
        assertThat(refused(binOnly)).hasMessage(
                "spec.docx, part word/vbaProject.bin, contains macros; save it as a Word Document (.docx) without macros");
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefusedNotResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] xxe = WordFixtures.withPart(smallSpecification(), "word/document.xml", xml -> xml
                .replaceFirst("<w:document", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><w:document")
                .replace("Text.", "&xxe;"));
        IntakeException e = refused(xxe);
        assertThat(e).hasMessageStartingWith("spec.docx, part word/document.xml, holds a DOCTYPE");
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void aDoctypeInAPartThatIsNeverParsedIsRefusedToo() throws Exception {
        byte[] laughs = WordFixtures.withPart(smallSpecification(), "word/header1.xml", xml -> xml
                .replaceFirst("<w:hdr", "<!DOCTYPE w:hdr [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><w:hdr"));
        assertThat(refused(laughs)).hasMessageStartingWith("spec.docx, part word/header1.xml, holds a DOCTYPE");
    }

    @Test
    void malformedXmlNamesThePartAndLine() throws Exception {
        byte[] broken = WordFixtures.withPart(smallSpecification(), "word/styles.xml", xml -> xml.replace("</w:styles>", ""));
        assertThat(refused(broken)).hasMessageStartingWith("spec.docx, part word/styles.xml, is not well-formed XML at line");
    }
}
