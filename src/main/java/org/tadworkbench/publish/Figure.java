package org.tadworkbench.publish;

/** A figure embedded by a section: the view it draws, its caption (the image's alt text) and the SVG. */
public record Figure(String viewId, String caption, String svg) {
}
