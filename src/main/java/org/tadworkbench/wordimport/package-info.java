/**
 * Turns a TAD kept in Word into a workspace: a section per heading, numbered as Word shows it, bodies as Markdown,
 * the version from the title page or document control table. Builds on the Word reader and the clause reading of
 * specification intake.
 */
package org.tadworkbench.wordimport;
