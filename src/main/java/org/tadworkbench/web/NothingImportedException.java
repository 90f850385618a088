package org.tadworkbench.web;

/** The database holds no workspace yet: pages other than the dashboard have nothing to show. */
class NothingImportedException extends RuntimeException {
    NothingImportedException() {
        super("no workspace has been imported");
    }
}
