package dev.cruddur.console.core.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Our own sample conversation between two people, A and B, read from a resource file. */
public final class SampleConversation {

    /** One line: who says it (true for the first user) and what. */
    public record Line(boolean firstSpeaker, String text) {
    }

    private SampleConversation() {
    }

    public static List<Line> lines() {
        try (InputStream in = SampleConversation.class.getResourceAsStream("conversation.txt")) {
            if (in == null) {
                throw new IllegalStateException("The sample conversation resource is missing from the build.");
            }
            List<Line> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                String[] parts = raw.split("\t", 2);
                lines.add(new Line("A".equals(parts[0]), parts[1].strip()));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
