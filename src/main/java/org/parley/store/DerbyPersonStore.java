package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.parley.party.KnownPerson;
import org.parley.party.PersonStore;

/** The people learned from articles, in Parley's tables, one JSON document per person. */
public final class DerbyPersonStore implements PersonStore {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Database db;

    public DerbyPersonStore(Database db) {
        this.db = db;
    }

    @Override
    public List<KnownPerson> load() {
        List<String> rows = Sql.transaction(db, "load known people",
                c -> Sql.query(c, "SELECT DATA FROM PARLEY.PERSON ORDER BY NAME", rs -> rs.getString(1)));
        List<KnownPerson> people = new ArrayList<>(rows.size());
        for (String row : rows) {
            people.add(read(row));
        }
        return people;
    }

    @Override
    public void save(List<KnownPerson> people) {
        Sql.transaction(db, "save known people", c -> {
            Sql.update(c, "DELETE FROM PARLEY.PERSON");
            List<Object[]> rows = new ArrayList<>(people.size());
            for (KnownPerson p : people) {
                rows.add(new Object[] {p.name(), write(p)});
            }
            Sql.batch(c, "INSERT INTO PARLEY.PERSON (NAME, DATA) VALUES (?, ?)", rows);
            return null;
        });
    }

    private static KnownPerson read(String json) {
        try {
            return JSON.readValue(json, KnownPerson.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored person cannot be read", e);
        }
    }

    private static String write(KnownPerson p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + p.name(), e);
        }
    }
}
