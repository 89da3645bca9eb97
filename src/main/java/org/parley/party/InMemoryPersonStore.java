package org.parley.party;

import java.util.ArrayList;
import java.util.List;

/** A {@link PersonStore} that keeps people in memory: for tests and for runs without a database. */
public final class InMemoryPersonStore implements PersonStore {

    private List<KnownPerson> people = List.of();

    @Override
    public synchronized List<KnownPerson> load() {
        return new ArrayList<>(people);
    }

    @Override
    public synchronized void save(List<KnownPerson> people) {
        this.people = List.copyOf(people);
    }
}
