package dev.cruddur.console.core.local;

/** What the status area shows for a service. */
public enum ServiceState {
    /** Nothing answers at the address. */
    DOWN,
    /** The console is starting it. */
    STARTING,
    /** Answering, and the console (or local-up) started it. */
    UP,
    /** Answering, started by someone else: left alone on exit. */
    EXTERNAL,
    /** Starting failed; the detail says why. */
    FAILED
}
