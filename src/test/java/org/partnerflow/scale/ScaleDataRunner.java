package org.partnerflow.scale;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.milestone.MilestoneDelivery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile scale: writes partnerflow.scale.programmes programmes and partnerflow.scale.partnerships partnerships
 * at start-up, once per empty scale set (skipped when scale partnerships already exist, so a restart does not
 * double the data). Independent of the demo data, which it neither needs nor touches. Test code, not in the jar:
 * {@link ScaleApplication} runs the application with it.
 */
@Component
@Profile("scale")
class ScaleDataRunner implements ApplicationRunner {

    private final ScaleData scale;
    private final JdbcTemplate jdbc;
    private final int programmes;
    private final int partnerships;
    private final double processShare;
    private final int milestonesRunning;

    ScaleDataRunner(JdbcTemplate jdbc, TransactionTemplate tx, RuntimeService runtime, TaskService tasks,
            MilestoneDelivery delivery, Clock clock, PasswordEncoder encoder,
            @Value("${partnerflow.scale.programmes:10}") int programmes,
            @Value("${partnerflow.scale.partnerships:1000}") int partnerships,
            @Value("${partnerflow.scale.process-share:0.5}") double processShare,
            @Value("${partnerflow.scale.milestones-running:1}") int milestonesRunning,
            @Value("${partnerflow.scale.password:demo}") String password) {
        this.jdbc = jdbc;
        this.scale = new ScaleData(jdbc, tx, runtime, tasks, delivery, clock, encoder.encode(password));
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.processShare = processShare;
        this.milestonesRunning = milestonesRunning;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from partnership where name like 'Scale partnership %'",
                Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        scale.generate(programmes, partnerships, processShare, milestonesRunning);
    }
}
