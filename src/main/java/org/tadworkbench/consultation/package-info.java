/**
 * The consultation pack: the comments log (XLSX), the blank response form and its all-or-nothing import, and the
 * "Response to consultation" document (PDF through the workbench's one PDF pipeline).
 */
package org.tadworkbench.consultation;
