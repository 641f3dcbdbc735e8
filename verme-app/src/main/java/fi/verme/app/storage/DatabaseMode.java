package fi.verme.app.storage;

/** Whether Verme runs on a PostgreSQL it started itself or on one it was given. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
