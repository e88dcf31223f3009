package dev.cruddur.console.core.users;

import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code public.users} in the cruddur database. */
public record User(UUID uuid, String displayName, String handle, String email, String cognitoUserId,
                   LocalDateTime createdAt) {

    public String label() {
        return displayName + " (@" + handle + ")";
    }
}
