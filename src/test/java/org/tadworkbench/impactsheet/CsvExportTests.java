package org.tadworkbench.impactsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadworkbench.impact.ImpactRow;
import org.tadworkbench.impact.ImpactStatus;
import org.tadworkbench.impact.ImpactTarget;
import org.tadworkbench.impact.ReleaseImpacts;

/** RFC 4180: only fields with a comma, quote or line break are quoted, quotes are doubled, records end in CRLF. */
class CsvExportTests {

    @Test
    void awkwardTextIsQuotedAndReadsBackUnchanged() {
        String note = "He said \"no\", then\nleft; 50% done";
        ImpactRow row = new ImpactRow("B01", "DUIS", "3.0d3", "1.4", "Variation, SMETS1", "2.1", ImpactTarget.TABLE, null,
                "Plain text", ImpactStatus.DRAFTED, note, "Ann", new BigDecimal("1.50"), BigDecimal.ZERO,
                List.of("2.1@3.0", "3.3@3.0"));
        ReleaseImpacts release = new ReleaseImpacts("r1", "R1", List.of(), List.of(row));

        String csv = new ImpactSheet().csv(release);

        assertThat(csv).endsWith("\"He said \"\"no\"\", then\nleft; 50% done\"\r\n");
        assertThat(csv).contains(",\"Variation, SMETS1\",2.1,No,table,,,Plain text,drafted,Ann,1.5,0,\"2.1@3.0, 3.3@3.0\",");
        List<List<String>> records = SheetFixtures.parseCsv(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).hasSize(17).endsWith(note);
    }
}
