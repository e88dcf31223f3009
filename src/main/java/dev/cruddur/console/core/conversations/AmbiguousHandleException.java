package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.users.User;

import java.util.List;

/** More than one Postgres user has the handle (no UNIQUE constraint): the caller must let the user choose. */
public final class AmbiguousHandleException extends UserFacingException {

    private final transient List<User> candidates;

    public AmbiguousHandleException(String handle, List<User> candidates) {
        super(candidates.size() + " users in Postgres share the handle @" + handle + "; choose one of them by uuid.");
        this.candidates = List.copyOf(candidates);
    }

    /** Every user with the handle, oldest first. */
    public List<User> candidates() {
        return candidates;
    }
}
