package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Every way a lost race surfaces (JPA, Hibernate, Spring, Camunda) becomes the same clear 409 problem. */
class StaleUpdateProblemTest {

    private final ApiProblemHandler handler = new ApiProblemHandler();

    @Test
    void everyOptimisticLockingFailureIsAConflictThatSaysToReload() {
        List<Exception> races = List.of(
                new ObjectOptimisticLockingFailureException("org.partnerflow.award.SpendReturn", 7L),
                new OptimisticLockException("row was updated or deleted by another transaction"),
                new StaleObjectStateException("org.partnerflow.award.Award", 3L),
                new OptimisticLockingException("ENT-12 Entity was updated by another transaction concurrently"));
        for (Exception race : races) {
            ResponseEntity<ProblemDetail> response = handler.staleUpdate(race);
            assertThat(response.getStatusCode().value()).as(race.getClass().getSimpleName()).isEqualTo(409);
            assertThat(response.getBody().getTitle()).isEqualTo("Changed by someone else");
            assertThat(response.getBody().getDetail()).contains("Reload it and try again")
                    .doesNotContain("ENT-12", "SpendReturn", "transaction");
        }
    }
}
