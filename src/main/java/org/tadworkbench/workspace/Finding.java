package org.tadworkbench.workspace;

/**
 * Something wrong (or doubtful) in a workspace, at a file and line (line 0 when the whole file is meant).
 * {@code file} is relative to the workspace folder, with forward slashes.
 */
public record Finding(String file, int line, Level level, String code, String message) {

    public enum Level { ERROR, WARNING }

    public static Finding error(Location at, String code, String message) {
        return new Finding(at.file(), at.line(), Level.ERROR, code, message);
    }

    public static Finding warning(Location at, String code, String message) {
        return new Finding(at.file(), at.line(), Level.WARNING, code, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** The compiler-style line users and editors understand: {@code path:line: level: message}. */
    public String format(String workspacePrefix) {
        return workspacePrefix + file + ":" + line + ": " + level.name().toLowerCase() + ": " + message;
    }
}
