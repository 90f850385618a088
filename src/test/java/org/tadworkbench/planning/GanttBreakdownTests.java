package org.tadworkbench.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.tadworkbench.plan.Plan;
import org.tadworkbench.plan.RaidLog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A plan imported from MS Project shows its whole work breakdown: every task in outline order, indented by depth,
 * summary tasks as summary bars, milestone tasks as diamonds, the critical path outlined; a breakdown too large for
 * the chart collapses to its summary tasks and says so; the burn charts count every task.
 */
class GanttBreakdownTests {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static PlanAnalysis analyse(Plan plan) {
        return PlanAnalysis.of(plan, RaidLog.empty(), GanttPlans.TODAY);
    }

    private static Document gantt(Plan plan) throws Exception {
        return parse(GanttChart.svg(analyse(plan), GanttPlans.TODAY));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> select(Object context, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Row labels by task id ("A1.1 Requirements" under "A1.1"), in the order the chart draws them. */
    private static Map<String, Element> labels(Document doc, List<String> ids) throws Exception {
        Map<String, Element> labels = new LinkedHashMap<>();
        for (Element text : select(doc, "//*[local-name()='g']/*[local-name()='text']")) {
            String id = text.getTextContent().split(" ", 2)[0];
            if (ids.contains(id)) {
                labels.put(id, text);
            }
        }
        return labels;
    }

    private static double x(Element e) {
        return Double.parseDouble(e.getAttribute("x"));
    }

    private static String note(Document doc) throws Exception {
        List<Element> notes = select(doc, "//*[local-name()='text'][@class='note']");
        return notes.isEmpty() ? "" : notes.get(0).getTextContent();
    }

    @Test
    void everyTaskIsARowInOutlineOrder_labelledWithItsTitleAndIndentedByDepth() throws Exception {
        Document doc = gantt(GanttPlans.threeLevels());
        Map<String, Element> labels = labels(doc, GanttPlans.THREE_LEVEL_OUTLINE);

        assertThat(labels.keySet()).containsExactlyElementsOf(GanttPlans.THREE_LEVEL_OUTLINE);
        assertThat(labels.get("A1").getTextContent()).isEqualTo("A1 Design & <review>");
        assertThat(labels.get("B1.2").getTextContent()).isEqualTo("B1.2 Build complete");
        assertThat(x(labels.get("A1"))).isLessThan(x(labels.get("A1.1")));
        assertThat(x(labels.get("A1.1"))).isLessThan(x(labels.get("A1.1.1")));
        assertThat(x(labels.get("A1.2"))).isEqualTo(x(labels.get("A1.1")));
        assertThat(x(labels.get("B1"))).isEqualTo(x(labels.get("A1")));
        assertThat(note(doc)).isEmpty();
        // The milestone task is a milestone of the analysis too, yet drawn once: in its place in the outline.
        assertThat(select(doc, "//*[local-name()='text'][contains(., 'Build complete')]")).hasSize(1);
    }

    @Test
    void summaryTasksAreSummaryBars_milestoneTasksDiamonds_leafTasksBarsColouredByResource() throws Exception {
        Document doc = gantt(GanttPlans.threeLevels());

        assertThat(select(doc, "//*[local-name()='g'][@class='summary']/*[local-name()='rect'][@class='summary-bar']"))
                .hasSize(3);
        assertThat(select(doc, "//*[local-name()='g'][@class='milestone-task']/*[local-name()='polygon']")).hasSize(1);
        List<Element> bars = select(doc, "//*[local-name()='g'][@class='activity']/*[local-name()='rect'][@class='bar']");
        assertThat(bars).hasSize(4);
        // Interview users is Alice's, Write use cases Bob's: two colours, both in the legend by name.
        assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
        String legend = select(doc, "//*[local-name()='g'][@class='legend']").get(0).getTextContent();
        assertThat(legend).contains("Alice Analyst", "Bob Builder", "Summary task", "Milestone", "Critical path");
        // The summary bar of Design spans what it holds: from Interview users' start to Architecture's end.
        Element design = select(doc, "//*[local-name()='g'][@class='summary'][1]/*[local-name()='rect']").get(0);
        assertThat(x(design)).isEqualTo(x(bars.get(0)));
        Element architecture = bars.get(2);
        assertThat(x(design) + Double.parseDouble(design.getAttribute("width")))
                .isCloseTo(x(architecture) + Double.parseDouble(architecture.getAttribute("width")),
                        org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void criticalTasksAreOutlinedRed() throws Exception {
        PlanAnalysis analysis = analyse(GanttPlans.threeLevels());
        Document doc = parse(GanttChart.svg(analysis, GanttPlans.TODAY));

        assertThat(analysis.criticalPath().activities()).contains("A1.1.1", "B1.1", "B1.2");
        for (Element group : select(doc, "//*[local-name()='g'][@class='activity' or @class='milestone-task']")) {
            String id = group.getElementsByTagNameNS(SVG_NS, "text").item(0).getTextContent().split(" ", 2)[0];
            Element shape = (Element) group.getElementsByTagNameNS(SVG_NS, group.getAttribute("class").equals("activity")
                    ? "rect" : "polygon").item(0);
            assertThat(shape.getAttribute("stroke")).as(id)
                    .isEqualTo(analysis.criticalPath().activities().contains(id) ? "#b00020" : "");
        }
    }

    @Test
    void twoHundredTasksCollapseToTheirSummaryTasks_withAVisibleNote() throws Exception {
        Plan plan = GanttPlans.twoLevels(10, 19);
        String svg = GanttChart.svg(analyse(plan), GanttPlans.TODAY);
        Document doc = parse(svg);

        assertThat(plan.activities()).hasSize(200);
        List<Element> collapsed = select(doc, "//*[local-name()='g'][@class='summary collapsed']");
        assertThat(collapsed).hasSize(10);
        assertThat(select(doc, "//*[local-name()='g'][@class='activity']")).isEmpty();
        assertThat(collapsed.get(0).getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .contains("Stage 1", "standing for 19 tasks not shown");
        assertThat(note(doc)).isEqualTo("190 tasks shown as their 10 summary tasks; full list on /plan.");
        assertThat(doc.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent())
                .contains("200 tasks in outline order", "190 tasks shown as their 10 summary tasks; full list on /plan");
    }

    @Test
    void aDeepBreakdownShowsTheDeepestLevelThatFits() throws Exception {
        // 5 stages of 4 phases of 10 steps: 225 tasks; stages and phases (25 rows) fit, the steps do not.
        Document doc = gantt(GanttPlans.deep(5, 4, 10));

        assertThat(select(doc, "//*[local-name()='g'][@class='summary']")).hasSize(5);
        assertThat(select(doc, "//*[local-name()='g'][@class='summary collapsed']")).hasSize(20);
        assertThat(note(doc)).isEqualTo("200 tasks shown as their 20 summary tasks; full list on /plan.");
    }

    @Test
    void aFlatPlanTooLongForTheChartShowsItsFirstTasksAndHowManyMore() throws Exception {
        Document doc = gantt(GanttPlans.flat(300));

        List<Element> rows = select(doc, "//*[local-name()='g'][@class='activity']");
        assertThat(rows).hasSize(GanttChart.MAX_ROWS);
        assertThat(rows.get(0).getTextContent()).contains("T1 Task 1");
        assertThat(note(doc)).isEqualTo((300 - GanttChart.MAX_ROWS) + " more tasks not shown; full list on /plan.");
    }

    @Test
    void burnChartsCountEveryTaskOfTheBreakdown() throws Exception {
        PlanAnalysis analysis = analyse(GanttPlans.threeLevels());

        // Alice 3 + 4 days at 500, Bob 2 + 1 + 5 days at 400.
        assertThat(analysis.cost()).isEqualByComparingTo("6700");
        assertThat(lastPlanned(BurnChart.budget(analysis))).isEqualByComparingTo("6700");
        assertThat(lastPlanned(BurnChart.effort(analysis))).isEqualByComparingTo("15");
    }

    private static BigDecimal lastPlanned(String svg) throws Exception {
        List<Element> points = select(parse(svg),
                "//*[local-name()='g'][@class='series planned']/*[local-name()='circle']");
        return new BigDecimal(points.get(points.size() - 1).getAttribute("data-value"));
    }

    @Test
    void linksBetweenShownTasksAreDrawnAndNamed() throws Exception {
        Document doc = gantt(GanttPlans.threeLevels());

        List<String> links = select(doc, "//*[local-name()='g'][@class='link']/*[local-name()='title']").stream()
                .map(Element::getTextContent).toList();

        // Every predecessor of a leaf or milestone task of the three-level plan, each once.
        assertThat(links).containsExactlyInAnyOrder(
                "A1.1.1 Interview users \u2192 A1.1.2 Write use cases (finish-to-start)",
                "A1.1.2 Write use cases \u2192 A1.2 Architecture (finish-to-start)",
                "A1.2 Architecture \u2192 B1.1 Code the parser (finish-to-start)",
                "B1.1 Code the parser \u2192 B1.2 Build complete (finish-to-start)");
    }
}
