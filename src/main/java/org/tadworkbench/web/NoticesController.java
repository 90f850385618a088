package org.tadworkbench.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tadworkbench.review.Notice;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * The notice outbox, open to everyone: {@code GET /notices} lists every go-live notice, newest first, with its
 * recipients and whether it was sent; {@code GET /notices.atom} is the same as an Atom 1.0 feed subscribers can
 * follow. Ids are fixed tag URIs ({@code tag:tad-workbench,2019:WORKSPACE/notices/ID}), so a reader never sees an
 * entry twice; every text is escaped by the XML writer.
 */
@Controller
class NoticesController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final CurrentWorkspace current;
    private final GovernanceStore governance;

    NoticesController(CurrentWorkspace current, GovernanceStore governance) {
        this.current = current;
        this.governance = governance;
    }

    @GetMapping("/notices")
    String listNotices(Model model) {
        Workspace ws = current.require();
        model.addAttribute("manifest", ws.manifest());
        model.addAttribute("notices", newestFirst(ws));
        return "notices/listNotices";
    }

    @GetMapping("/notices.atom")
    ResponseEntity<byte[]> feed() throws XMLStreamException {
        Workspace ws = current.require();
        List<Notice> notices = newestFirst(ws);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String idBase = "tag:tad-workbench,2019:" + ws.manifest().id() + "/notices";
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        element(xml, "id", idBase);
        element(xml, "title", ws.manifest().title() + ": go-live notices");
        element(xml, "updated", notices.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(notices.get(0).date()));
        xml.writeStartElement("author");
        element(xml, "name", ws.manifest().owner());
        xml.writeEndElement();
        link(xml, "self", base + "/notices.atom");
        link(xml, "alternate", base + "/notices");
        for (Notice notice : notices) {
            xml.writeStartElement("entry");
            element(xml, "id", idBase + "/" + notice.id());
            element(xml, "title", "Version " + notice.version() + " is live");
            element(xml, "updated", timestamp(notice.date()));
            link(xml, "alternate", base + "/notices#notice-" + notice.id());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(notice.text());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Notice> newestFirst(Workspace ws) {
        return governance.loadGovernance(ws.manifest().id()).notices().stream()
                .sorted(Comparator.comparingLong(Notice::id).reversed()).toList();
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
