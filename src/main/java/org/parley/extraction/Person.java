package org.parley.extraction;

/**
 * A person named in full in an article, as first introduced.
 *
 * @param name    the full name ("Alexander Grushko")
 * @param role    the role written with the name where it is first given, or null
 * @param firstAt the token where the article first names the person in full
 */
record Person(String name, String role, int firstAt) {

    String surname() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    Person withRole(String newRole) {
        return role != null || newRole == null ? this : new Person(name, newRole, firstAt);
    }
}
