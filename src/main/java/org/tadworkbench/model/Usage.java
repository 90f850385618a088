package org.tadworkbench.model;

/** One place that uses a model element: a section, view, relationship, variation or impact row, and how. */
public record Usage(String kind, String id, String title, String how) {
}
