package org.partnerflow.award;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws award numbers from the award_seq sequence before an award is built, so that its reference (which
 * contains the number) is part of the very first insert. The SQL comes from Hibernate's dialect, so the same
 * code runs on H2 and PostgreSQL.
 */
@Component
class AwardNumbers {

    private final JdbcTemplate jdbc;
    private final String nextValue;

    AwardNumbers(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.nextValue = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getSequenceSupport().getSequenceNextValString("award_seq");
    }

    long next() {
        return jdbc.queryForObject(nextValue, Long.class);
    }
}
