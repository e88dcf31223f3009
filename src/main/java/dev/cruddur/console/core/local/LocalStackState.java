package dev.cruddur.console.core.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small file through which {@code local-down} (a later process) finds what {@code local-up} started:
 * per service its process id, port and folders. Only services started to outlive their process are listed.
 */
final class LocalStackState {

    /**
     * One service local-up started.
     *
     * @param pid     DynamoDB Local's java process, or the postmaster
     * @param dataDir DynamoDB's -dbPath (null when in memory) or Postgres's data folder
     * @param binDir  Postgres binaries (for pg_ctl); null for DynamoDB
     */
    record Entry(Service service, long pid, int port, String address, String dataDir, String binDir,
                 Instant startedAt) {
    }

    /** The file's content. */
    record Content(Map<Service, Entry> services) {
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    LocalStackState(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized Optional<Entry> find(Service service) {
        return Optional.ofNullable(read().get(service));
    }

    synchronized void put(Entry entry) {
        Map<Service, Entry> all = read();
        all.put(entry.service(), entry);
        write(all);
    }

    synchronized void remove(Service service) {
        Map<Service, Entry> all = read();
        if (all.remove(service) != null) {
            write(all);
        }
    }

    private Map<Service, Entry> read() {
        Map<Service, Entry> all = new EnumMap<>(Service.class);
        if (!Files.isRegularFile(file)) {
            return all;
        }
        try {
            Content c = json.readValue(file.toFile(), Content.class);
            if (c.services() != null) {
                all.putAll(c.services());
            }
        } catch (IOException e) {
            // A damaged state file only means local-down cannot find what to stop; the status probes still work.
            return all;
        }
        return all;
    }

    private void write(Map<Service, Entry> all) {
        try {
            Files.createDirectories(file.getParent());
            if (all.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), new Content(all));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
