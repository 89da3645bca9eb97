package org.parley.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomPreconditionErrorException;
import liquibase.exception.CustomPreconditionFailedException;
import liquibase.precondition.CustomPrecondition;

/**
 * The change log's precondition for the change sets Parley's old scripts already applied in
 * existing homes: passes while a table (or a table's column) does not exist yet. Liquibase's own
 * {@code tableExists} misses names with an underscore on Derby (it escapes the underscore, which
 * Derby's metadata search does not take), so this matches names exactly.
 */
public class NotYetMade implements CustomPrecondition {

    private String table;
    private String column;

    public void setTable(String table) {
        this.table = table;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    @Override
    public void check(Database database) throws CustomPreconditionFailedException, CustomPreconditionErrorException {
        try {
            Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            DatabaseMetaData meta = c.getMetaData();
            boolean lower = meta.storesLowerCaseIdentifiers();
            String schema = fold("PARLEY", lower);
            if (column == null ? tableExists(meta, schema, fold(table, lower)) : columnExists(meta, schema,
                    fold(table, lower), fold(column, lower))) {
                throw new CustomPreconditionFailedException("PARLEY." + table + (column == null ? "" : "." + column)
                        + " exists already (made by Parley's scripts before Liquibase)");
            }
        } catch (SQLException e) {
            throw new CustomPreconditionErrorException("cannot read the tables of the database", e);
        }
    }

    private static boolean tableExists(DatabaseMetaData meta, String schema, String name) throws SQLException {
        try (ResultSet rs = meta.getTables(null, schema, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (name.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean columnExists(DatabaseMetaData meta, String schema, String tableName, String name)
            throws SQLException {
        try (ResultSet rs = meta.getColumns(null, schema, null, null)) {
            while (rs.next()) {
                if (tableName.equals(rs.getString("TABLE_NAME")) && name.equals(rs.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String name, boolean lower) {
        return lower ? name.toLowerCase(Locale.ROOT) : name;
    }
}
