package org.tadworkbench.mspdi;

/**
 * The custom text fields (Text1..Text3 in MS Project) that carry the workbench's own ids through an MSPDI file:
 * Text1 our id (milestone, activity or resource), Text2 what the task stands for, Text3 the activity's owner,
 * Text4 "pinned" where the start-no-earlier-than constraint only keeps MS Project from moving our dates.
 */
final class MspdiFields {

    static final int ID = 1;
    static final int KIND = 2;
    static final int OWNER = 3;
    static final int PIN = 4;
    static final String PINNED = "pinned";

    static final String KIND_WINDOW = "tad-milestone-window";
    static final String KIND_MILESTONE = "tad-milestone";
    static final String KIND_ACTIVITY = "tad-activity";

    private MspdiFields() {
    }
}
