package org.partnerflow.programme;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One programme with its assessment criteria and application rounds (the list leaves these out). */
public record ProgrammeDetail(@JsonUnwrapped ProgrammeView programme, List<Criterion> criteria,
        List<RoundView> rounds) {
}
