package org.partnerflow.milestone;

import org.partnerflow.support.EmbeddedPostgresInitializer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The plan variation scenarios on a real PostgreSQL: the milestone rows locked for the variation, the plan numbered
 * again under its unique keys, and the withdrawn status its check constraint now allows.
 */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class PlanVariationOnPostgresTest extends PlanVariationProcessTest {
}
