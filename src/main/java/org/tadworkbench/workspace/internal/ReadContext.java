package org.tadworkbench.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tadworkbench.workspace.Finding;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;

/**
 * What reading one file collects: its findings and the places of the values it produced.
 * {@code lineOffset} shifts YAML line numbers when the YAML is embedded (front matter).
 */
public final class ReadContext {

    private final String file;
    private final int lineOffset;
    private final List<Finding> findings = new ArrayList<>();
    private final Locations locations = new Locations();

    public ReadContext(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    public String file() {
        return file;
    }

    /** Converts a 0-based line inside the parsed text into a 1-based line of the file. */
    public int fileLine(int zeroBasedLine) {
        return zeroBasedLine + 1 + lineOffset;
    }

    public Location at(int fileLine) {
        return new Location(file, fileLine);
    }

    public void error(int fileLine, String code, String message) {
        findings.add(Finding.error(at(fileLine), code, message));
    }

    public void warning(int fileLine, String code, String message) {
        findings.add(Finding.warning(at(fileLine), code, message));
    }

    public void locate(Object item, int fileLine, Map<String, Integer> fieldLines) {
        locations.put(item, at(fileLine), fieldLines);
    }

    /** Takes over what reading one piece of this file found (see {@link YamlText#split}), after what is here. */
    public void absorb(ReadContext piece) {
        findings.addAll(piece.findings);
        locations.putAll(piece.locations);
    }

    public List<Finding> findings() {
        return findings;
    }

    public Locations locations() {
        return locations;
    }
}
