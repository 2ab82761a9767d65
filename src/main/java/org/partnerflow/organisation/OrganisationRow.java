package org.partnerflow.organisation;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts an organisation's row unless its org-id is already recorded, so two requests naming the same new
 * organisation at once both succeed and share it. On PostgreSQL the insert skips a duplicate (waiting for the other
 * transaction to end first); on H2, where a failed statement leaves the transaction usable, the duplicate is caught.
 */
@Component
class OrganisationRow {

    private static final String COLUMNS = "insert into organisation (name, type, org_id, postcode, version) ";

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    OrganisationRow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call inserted the row; false when the org-id was already there. */
    boolean insertIfAbsent(String name, OrganisationType type, String orgId, String postcode) {
        if (onPostgres()) {
            return jdbc.update(COLUMNS + "values (?, ?, ?, ?, 0) on conflict (org_id) do nothing",
                    name, type.name(), orgId, postcode) == 1;
        }
        try {
            return jdbc.update(COLUMNS + "select ?, ?, ?, ?, 0 from (values (1)) where not exists "
                    + "(select 1 from organisation where org_id = ?)", name, type.name(), orgId, postcode, orgId) == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private boolean onPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) (Connection c) -> {
                try {
                    return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
                } catch (SQLException e) {
                    return false;
                }
            });
            postgres = known;
        }
        return known;
    }
}
