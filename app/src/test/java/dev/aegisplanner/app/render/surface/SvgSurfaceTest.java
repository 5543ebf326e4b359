package dev.aegisplanner.app.render.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.ElementRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgSurfaceTest {

    private final SvgSurface svg = new SvgSurface(400, 300);

    @Test
    void theTransformIsAppliedToTheCoordinatesWritten() throws Exception {
        svg.setTransform(2, 10, 20);
        svg.setFill(Rgba.web("#336699", 0.5));
        svg.fillRect(5, 5, 10, 4);

        Element rect = only(parse(), "rect");
        assertThat(rect.getAttribute("x")).isEqualTo("20");
        assertThat(rect.getAttribute("y")).isEqualTo("30");
        assertThat(rect.getAttribute("width")).isEqualTo("20");
        assertThat(rect.getAttribute("height")).isEqualTo("8");
        assertThat(rect.getAttribute("fill")).isEqualTo("#336699");
        assertThat(rect.getAttribute("fill-opacity")).isEqualTo("0.5");
    }

    @Test
    void strokesCarryTheirWidthAndDashesScaled() throws Exception {
        svg.setTransform(0.5, 0, 0);
        svg.setStroke(Rgba.web("#000000"));
        svg.setLineWidth(3);
        svg.setLineDashes(6, 4);
        svg.strokeLine(0, 0, 100, 0);

        Element line = only(parse(), "line");
        assertThat(line.getAttribute("stroke-width")).isEqualTo("1.5");
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("3 2");
        assertThat(line.getAttribute("fill")).isEqualTo("none");
    }

    @Test
    void aClipLastsUntilRestore() throws Exception {
        svg.save();
        svg.clipRoundRect(0, 0, 50, 50, 10);
        svg.fillRect(0, 0, 100, 100);
        svg.restore();
        svg.fillOval(0, 0, 10, 10);

        Document doc = parse();
        Element clipped = (Element) doc.getElementsByTagName("rect").item(1).getParentNode();
        assertThat(clipped.getAttribute("clip-path")).startsWith("url(#c");
        assertThat(only(doc, "ellipse").getParentNode().getNodeName()).isEqualTo("svg");
        assertThat(only(doc, "clipPath").getParentNode().getNodeName()).isEqualTo("defs");
    }

    @Test
    void aStampIsDefinedOnceAndUsedWhereverItIsDrawn() throws Exception {
        for (int i = 0; i < 3; i++) {
            svg.stamp("body", i * 50, 0, 40, 40, s -> s.fillOval(0, 0, 40, 40));
        }

        Document doc = parse();
        assertThat(doc.getElementsByTagName("ellipse").getLength()).isEqualTo(1);
        NodeList uses = doc.getElementsByTagName("use");
        assertThat(uses.getLength()).isEqualTo(3);
        assertThat(((Element) uses.item(2)).getAttribute("x")).isEqualTo("100");
        assertThat(((Element) uses.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo("#s0");
    }

    @Test
    void elementsBecomeGroupsWithTheirIdAndNameAsATooltip() throws Exception {
        svg.beginElement(ElementRef.dataCenter("FRA-1"), "Frankfurt 1");
        svg.beginElement(ElementRef.server("fra1-s1"), "fra1-s1");
        svg.fillRect(0, 0, 1, 1);
        svg.endGroup();
        svg.endGroup();

        Document doc = parse();
        Element server = doc.getElementById("server-fra1-s1");
        assertThat(server).isNotNull();
        assertThat(((Element) server.getParentNode()).getAttribute("id")).isEqualTo("data-center-FRA-1");
        assertThat(server.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("fra1-s1");
    }

    @Test
    void anyTextMakesAValidDocument() throws Exception {
        svg.setTextAlign(TextAlign.CENTER);
        svg.fillText("A & B <C> \"D\" \u0001", 10, 10);
        svg.beginGroup("x\"y", "tab\there");
        svg.endGroup();

        Element text = only(parse(), "text");
        assertThat(text.getTextContent()).isEqualTo("A & B <C> \"D\" ");
        assertThat(text.getAttribute("text-anchor")).isEqualTo("middle");
    }

    @Test
    void theDocumentNamesItsSizeTitleAndFont() throws Exception {
        Element root = parse().getDocumentElement();

        assertThat(root.getAttribute("width")).isEqualTo("400");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 400 300");
        assertThat(root.getAttribute("font-family")).contains("sans-serif");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Title");
    }

    private Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                svg.document("Title", "Description").getBytes(StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                e.setIdAttribute("id", true);
            }
        }
        return doc;
    }

    private static Element only(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isEqualTo(1);
        return (Element) nodes.item(0);
    }
}
