package org.tadworkbench.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A version of a specification as the command line names it: {@code DUIS:3.0d3}. */
record SpecVersionRef(String document, String version) {

    @Override
    public String toString() {
        return document + ":" + version;
    }

    /** picocli converter: a malformed reference is a usage error (exit 2) with the expected form. */
    static final class Converter implements ITypeConverter<SpecVersionRef> {
        @Override
        public SpecVersionRef convert(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1 || value.indexOf(':', colon + 1) >= 0) {
                throw new TypeConversionException("'" + value + "' is not DOCUMENT:VERSION, e.g. DUIS:3.0d3");
            }
            return new SpecVersionRef(value.substring(0, colon), value.substring(colon + 1));
        }
    }
}
