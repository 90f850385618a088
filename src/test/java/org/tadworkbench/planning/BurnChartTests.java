package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.workspace.Workspace;
import org.tadworkbench.workspace.WorkspaceReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The burn charts: well-formed SVG whose cumulative lines end where the plan's totals say. */
class BurnChartTests {

    private static final Workspace WS = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
    private static final PlanAnalysis ANALYSIS = PlanAnalysis.of(WS.plan(), WS.raid(), LocalDate.of(2019, 3, 31));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList points(Document doc, String series) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='g'][@class='series " + series
                + "']/*[local-name()='circle']", doc, XPathConstants.NODESET);
    }

    private static BigDecimal lastValue(Document doc, String series) throws Exception {
        NodeList points = points(doc, series);
        return new BigDecimal(((Element) points.item(points.getLength() - 1)).getAttribute("data-value"));
    }

    @Test
    void cumulativePlannedCostEndsAtThePlannedCostAndForecastAtTheForecast() throws Exception {
        Document doc = parse(BurnChart.budget(ANALYSIS));
        assertThat(points(doc, "planned").getLength()).isEqualTo(ANALYSIS.months().size());
        assertThat(lastValue(doc, "planned")).isEqualByComparingTo(ANALYSIS.cost());
        assertThat(lastValue(doc, "actual")).isEqualByComparingTo(ANALYSIS.actualCostToDate());
        assertThat(lastValue(doc, "forecast")).isEqualByComparingTo(ANALYSIS.forecastAtCompletion());
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength()).isGreaterThan(3);
        assertThat(BurnChart.budget(ANALYSIS)).contains("Planned (cumulative)", "Actual to date", "Forecast", "Jan 2019");
    }

    @Test
    void effortLineEndsAtTheTotalEffort() throws Exception {
        Document doc = parse(BurnChart.effort(ANALYSIS));
        assertThat(lastValue(doc, "planned")).isEqualByComparingTo(ANALYSIS.totalEffort());
        assertThat(lastValue(doc, "actual")).isEqualByComparingTo(ANALYSIS.actualDaysToDate());
    }
}
