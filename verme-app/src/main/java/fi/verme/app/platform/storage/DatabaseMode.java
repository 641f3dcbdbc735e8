package fi.verme.app.platform.storage;

/** Whether Verme runs on a PostgreSQL it started itself or on one it was given. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
