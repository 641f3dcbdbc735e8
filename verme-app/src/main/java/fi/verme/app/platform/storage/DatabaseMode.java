package fi.verme.app.platform.storage;

/** Whether Verme runs on a PostgreSQL it started itself or on one it was given. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL;

    /**
     * Whether the installation has the demo: as {@code verme.demo.enabled} says, and when it says nothing, with
     * the embedded database (a trial) and not with an external one (production).
     */
    public boolean hasDemo(Boolean demoEnabled) {
        return demoEnabled != null ? demoEnabled : this == EMBEDDED;
    }
}
