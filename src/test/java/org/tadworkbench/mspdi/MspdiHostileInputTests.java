package org.tadworkbench.mspdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.plan.Plan;

/** Files that are not plans, or that try to make the parser read or expand things, are refused in one line. */
class MspdiHostileInputTests {

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = file("secret.txt", "TOP-SECRET-CONTENT");
        Path xxe = file("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name><Tasks><Task><UID>1</UID><ID>1</ID>"
                + "<Name>&x;</Name></Task></Tasks></Project>\n");

        assertThatThrownBy(() -> MspdiImporter.read(xxe, Plan.empty()))
                .isInstanceOf(MspdiImportException.class)
                .hasMessageStartingWith("xxe.xml: ")
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET").doesNotContain("\n"));
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        Path bomb = file("bomb.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&lol3;</Name></Project>");

        assertThatThrownBy(() -> MspdiImporter.read(bomb, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessageStartingWith("bomb.xml: ");
    }

    @Test
    void malformedXmlIsRefusedWithTheFileName() throws IOException {
        Path broken = file("broken.xml", "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>");

        assertThatThrownBy(() -> MspdiImporter.read(broken, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessageStartingWith("broken.xml: not well-formed XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path huge = tmp.resolve("huge.mpp");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }

        assertThatThrownBy(() -> MspdiImporter.read(huge, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessage("huge.mpp: larger than 50 MB, refused");
        assertThatThrownBy(() -> MspdiImporter.read(Files.newInputStream(huge), "huge.mpp", Plan.empty()))
                .hasMessage("huge.mpp: larger than 50 MB, refused");
    }

    @Test
    void aPasswordProtectedMppIsRefusedWithTheWayOut() {
        // MPXJ's own refusal of a protected .mpp (we have no such file to publish): the user is told the way out.
        MspdiImportException refusal = MspdiImporter.unreadable("locked.mpp",
                new org.mpxj.MPXJException(org.mpxj.MPXJException.PASSWORD_PROTECTED));

        assertThat(refusal.getMessage()).isEqualTo("locked.mpp: refused: the file is password-protected; open it in MS"
                + " Project and save a copy without a password (or as XML)");
        assertThat(MspdiImporter.unreadable("odd.mpp", new IllegalStateException("bad block")).getMessage())
                .isEqualTo("odd.mpp: not a readable project file: bad block");
    }

    @Test
    void somethingElseEntirelyIsRefused() throws IOException {
        Path text = file("notes.mpp", "this is not a project file at all\n");
        Path empty = file("empty.xml", "");
        Path otherXml = file("other.xml", "<?xml version=\"1.0\"?><html><body>hello</body></html>");

        assertThatThrownBy(() -> MspdiImporter.read(text, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessageStartingWith("notes.mpp: ");
        assertThatThrownBy(() -> MspdiImporter.read(empty, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessage("empty.xml: empty file");
        assertThatThrownBy(() -> MspdiImporter.read(otherXml, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessageStartingWith("other.xml: ");
        assertThatThrownBy(() -> MspdiImporter.read(tmp.resolve("missing.xml"), Plan.empty()))
                .hasMessage("missing.xml: no such file");
    }

    @Test
    void projectWithoutTasksIsRefused() throws IOException {
        Path none = file("none.xml", "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">"
                + "<Name>x</Name></Project>");

        assertThatThrownBy(() -> MspdiImporter.read(none, Plan.empty())).isInstanceOf(MspdiImportException.class)
                .hasMessage("none.xml: the project has no tasks");
    }
}
