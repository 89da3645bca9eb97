package org.parley.party;

import java.util.List;

/**
 * Where the people a run learned are kept for later runs: Parley's database in production (the
 * {@code store} package), {@link InMemoryPersonStore} in tests. Failures are unchecked exceptions
 * of the implementation, with a message a user can act on.
 */
public interface PersonStore {

    /** Every person stored, in any order. */
    List<KnownPerson> load();

    /**
     * Stores these people in place of every person stored before: a directory always saves all it
     * knows, and merging two entries into one person must drop the other.
     */
    void save(List<KnownPerson> people);
}
