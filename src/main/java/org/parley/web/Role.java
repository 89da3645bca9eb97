package org.parley.web;

import java.util.Locale;

/** What a user may do: a viewer lists and downloads, an analyst also starts and stops, an admin also restarts and manages the schedule. */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** The role names as they appear in the configuration and in {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "viewer";
    public static final String ANALYST_NAME = "analyst";
    public static final String ADMIN_NAME = "admin";

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The role of a configured name ({@code viewer}, {@code analyst}, {@code admin}). */
    public static Role of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "': use viewer, analyst or admin");
        }
    }

    /** The name as configured. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
