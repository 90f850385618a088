package org.tadworkbench.impactsheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tadworkbench.impactsheet.SheetFixtures.RELEASE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.impact.ReleaseImpacts;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;

/**
 * Sheets come back from outside: whatever the file is, the import answers with one line saying what is wrong,
 * reads no more than it must, and never expands a ZIP bomb.
 */
class HostileSheetTests {

    private static final Workspace WS = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
    private static final ReleaseImpacts REGISTER = WS.release(RELEASE).orElseThrow();

    private final ImpactSheet sheets = new ImpactSheet();

    @Test
    void anEncryptedWorkbookIsNamedAsSuch() throws Exception {
        byte[] plain = sheets.xlsx(WS, REGISTER);
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> importBytes(encrypted.toByteArray())).isInstanceOf(ImpactSheetException.class)
                .hasMessage("the workbook is encrypted (password-protected); save a copy without a password and import that");
    }

    @Test
    void aLegacyXlsWorkbookIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet(RELEASE);
            workbook.write(xls);
        }

        assertThatThrownBy(() -> importBytes(xls.toByteArray())).isInstanceOf(ImpactSheetException.class)
                .hasMessageStartingWith("this is an Excel 97-2003 workbook (.xls)");
    }

    @Test
    void anEmptyFileIsNoWorkbook() {
        assertThatThrownBy(() -> importBytes(new byte[0])).isInstanceOf(ImpactSheetException.class)
                .hasMessageStartingWith("not an XLSX workbook");
    }

    @Test
    void aZipWithoutASpreadsheetIsNoWorkbook() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> importBytes(zip.toByteArray())).isInstanceOf(ImpactSheetException.class)
                .hasMessageStartingWith("not an XLSX workbook");
    }

    @Test
    @Timeout(20)
    void aStreamOverTwentyMegabytesIsRefusedAfterReadingJustPastTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'P';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'P');
                return len;
            }
        };

        assertThatThrownBy(() -> sheets.importXlsx(WS, RELEASE, endless)).isInstanceOf(ImpactSheetException.class)
                .hasMessage("the file is larger than 20 MB, more than any impact sheet needs");
    }

    @Test
    @Timeout(60)
    void aZipBombIsRefusedWithoutExpandingIt() throws IOException {
        byte[] bomb = withSheetXmlPadding(sheets.xlsx(WS, REGISTER), 200 * 1024 * 1024);

        assertThatThrownBy(() -> importBytes(bomb)).isInstanceOf(ImpactSheetException.class)
                .hasMessageStartingWith("the file unpacks to more data than an impact sheet can hold");
    }

    @Test
    void tooManyRowsAreRefused() throws IOException {
        byte[] huge = SheetFixtures.edit(sheets.xlsx(WS, REGISTER), sheet -> sheet.createRow(20_000).createCell(0).setCellValue("A99"));

        assertThatThrownBy(() -> importBytes(huge)).isInstanceOf(ImpactSheetException.class)
                .hasMessage("the first sheet has 20001 rows; at most 10000 data rows are imported");
    }

    @Test
    void aWorkbookWithoutHeaderIsAProblemNotACrash() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("empty");
            sheet.createRow(3).createCell(2).setCellValue("hello");
            workbook.write(bytes);
        }

        ImportOutcome outcome = importBytes(bytes.toByteArray());

        org.assertj.core.api.Assertions.assertThat(outcome.problems()).extracting(SheetProblem::describe)
                .containsExactly("row 1: the first sheet has no header row; row 1 must name the columns");
    }

    private ImportOutcome importBytes(byte[] bytes) throws ImpactSheetException {
        return sheets.importXlsx(WS, RELEASE, new ByteArrayInputStream(bytes));
    }

    /** The workbook with {@code padding} blanks before the sheet's closing tag: still valid XML, compressing ~1000:1. */
    private static byte[] withSheetXmlPadding(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < padding / blanks.length; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        return result.toByteArray();
    }
}
