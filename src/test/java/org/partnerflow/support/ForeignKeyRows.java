package org.partnerflow.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of other modules' tables that a module test's own rows point to by foreign key (organisation, programme,
 * partnership, award), written with plain SQL because the module under test owns neither the tables nor their
 * entities.
 */
public final class ForeignKeyRows {

    public static final long FUNDER_ID = 1;
    public static final long CHARITY_ID = 2;
    public static final long HOSPITAL_ID = 3;
    public static final long PROGRAMME_ID = 1;
    public static final long PARTNERSHIP_ID = 1;

    private ForeignKeyRows() {
    }

    /**
     * A funder, a charity and an NHS body; a programme (budget 500,000, award cap 100,000, at most 24 months, an NHS
     * body required); and a partnership of the charity alone. Written once per database.
     */
    public static void partnership(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from partnership where id = ?", Integer.class, PARTNERSHIP_ID) > 0) {
            return;
        }
        jdbc.update("insert into organisation (id, name, type, org_id) values (?, 'Funder', 'FUNDER', 'GB-FUN-1')",
                FUNDER_ID);
        jdbc.update("insert into organisation (id, name, type, org_id) values (?, 'Charity', 'VCSE', 'GB-CHC-1')",
                CHARITY_ID);
        jdbc.update("insert into organisation (id, name, type, org_id) values (?, 'Hospital', 'NHS_BODY', 'GB-NHS-1')",
                HOSPITAL_ID);
        jdbc.update("""
                insert into programme (id, code, title, funder_id, total_budget, award_cap, max_duration_months,
                    learning_review_cadence_months, created_at)
                values (?, 'MOD', 'Module programme', ?, 500000, 100000, 24, 6, current_timestamp)""",
                PROGRAMME_ID, FUNDER_ID);
        jdbc.update("insert into programme_required_member_type (programme_id, organisation_type) values (?, 'NHS_BODY')",
                PROGRAMME_ID);
        jdbc.update("""
                insert into partnership (id, programme_id, name, place, lead_organisation_id, created_at)
                values (?, ?, 'Module partnership', 'Leeds', ?, current_timestamp)""",
                PARTNERSHIP_ID, PROGRAMME_ID, CHARITY_ID);
        jdbc.update("insert into partnership_member (partnership_id, organisation_id, role) values (?, ?, 'Lead')",
                PARTNERSHIP_ID, CHARITY_ID);
    }

    /** An ACTIVE award of the partnership, awarded in full. */
    public static void award(JdbcTemplate jdbc, long awardId, BigDecimal amount, LocalDate start, int months) {
        jdbc.update("""
                insert into award (id, reference, programme_id, partnership_id, status, round, amount_requested,
                    amount_awarded, start_date, duration_months, end_date, created_by, created_at)
                values (?, ?, ?, ?, 'ACTIVE', 1, ?, ?, ?, ?, ?, 'test', current_timestamp)""",
                awardId, "PF-MOD-" + awardId, PROGRAMME_ID, PARTNERSHIP_ID, amount, amount, start, months,
                start.plusMonths(months).minusDays(1));
    }

    /** A PROPOSED award of the partnership, waiting for its proposal. */
    public static void proposedAward(JdbcTemplate jdbc, long awardId) {
        jdbc.update("""
                insert into award (id, reference, programme_id, partnership_id, status, created_by, created_at)
                values (?, ?, ?, ?, 'PROPOSED', 'test', current_timestamp)""",
                awardId, "PF-MOD-" + awardId, PROGRAMME_ID, PARTNERSHIP_ID);
    }
}
