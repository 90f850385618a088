package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
import org.w3c.dom.NodeList;

/** The Gantt chart and the risk heat map are well-formed SVG with what they promise. */
class ChartTests {

    private static final Workspace WS = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace();
    private static final LocalDate TODAY = LocalDate.of(2019, 3, 31);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }

    @Test
    void ganttHasSevenMilestoneDiamondsAndParses() throws Exception {
        String svg = GanttChart.svg(PlanAnalysis.of(WS.plan(), WS.raid(), TODAY), TODAY);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(count(doc, "//*[local-name()='polygon'][@class='milestone']")).isEqualTo(7);
        assertThat(count(doc, "//*[local-name()='g'][@class='activity']")).isEqualTo(WS.plan().activities().size());
        assertThat(count(doc, "//*[local-name()='g'][@class='today']")).isEqualTo(1);
        assertThat(count(doc, "//*[local-name()='title']")).isGreaterThan(7 + WS.plan().activities().size());
        assertThat(svg).contains("SECAS Core", "SECAS CoE", "Mar 2019");
    }

    @Test
    void heatMapPlacesEveryOpenRisk() throws Exception {
        String svg = RiskHeatMap.svg(WS.raid());
        Document doc = parse(svg);
        assertThat(count(doc, "//*[local-name()='g'][@class='cell']")).isEqualTo(25);
        assertThat(count(doc, "//*[local-name()='text'][@class='risk']")).isEqualTo(WS.raid().risks().size());
        assertThat(svg).contains("Low (1", "Medium", "Very high", "Likelihood", "Impact");
    }
}
