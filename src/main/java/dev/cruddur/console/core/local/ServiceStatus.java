package dev.cruddur.console.core.local;

/**
 * One service's state.
 *
 * @param address e.g. {@code http://localhost:8000} or {@code jdbc:postgresql://localhost:5432/cruddur}
 * @param detail  one sentence for the tooltip or the error, may be empty
 */
public record ServiceStatus(Service service, ServiceState state, String address, String detail) {
}
