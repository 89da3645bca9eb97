package org.parley.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads and records the schema version in {@code PARLEY.SCHEMA_VERSION}. */
final class Migrations {

    private Migrations() {
    }

    static int currentVersion(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, "PARLEY", "SCHEMA_VERSION", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM PARLEY.SCHEMA_VERSION")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void record(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO PARLEY.SCHEMA_VERSION (VERSION, APPLIED) VALUES (?, CURRENT_TIMESTAMP)")) {
            ps.setInt(1, version);
            ps.executeUpdate();
        }
    }
}
