/**
 * Office Open XML packages from outside (Word, Excel): what kind of container a file is (ZIP, encrypted or legacy
 * OLE2), reading its parts within size and compression-ratio limits, and XML parsing that refuses DTDs and entities.
 * Shared by the readers of workbooks and Word documents so that each hostile-file rule is written once.
 */
package org.tadworkbench.ooxml;
