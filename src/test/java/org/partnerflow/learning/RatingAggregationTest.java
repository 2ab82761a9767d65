package org.partnerflow.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingAggregationTest {

    @Test
    void countsEachScorePerCharacteristicAndAveragesThem() {
        List<RatingAggregation.Distribution> result = RatingAggregation.distribution(List.of("Trust", "Shared purpose"),
                List.of(List.of(new LearningRating("Trust", 4, null), new LearningRating("Shared purpose", 2, null)),
                        List.of(new LearningRating("Trust", 5, null), new LearningRating("Shared purpose", 2, null)),
                        List.of(new LearningRating("Trust", 4, null), new LearningRating("Unknown", 1, null))));
        assertThat(result).extracting(RatingAggregation.Distribution::characteristic)
                .containsExactly("Trust", "Shared purpose");
        assertThat(result.get(0).counts()).containsExactly(0, 0, 0, 2, 1);
        assertThat(result.get(0).average()).isEqualByComparingTo("4.33");
        assertThat(result.get(1).rated()).isEqualTo(2);
        assertThat(result.get(1).average()).isEqualByComparingTo("2.00");
    }

    @Test
    void aCharacteristicNobodyRatedHasNoAverage() {
        assertThat(RatingAggregation.distribution(List.of("Trust"), List.of()).get(0).average()).isNull();
        assertThat(RatingAggregation.average(List.of(new LearningRating("a", 3, null), new LearningRating("b", 4, null))))
                .isEqualByComparingTo("3.50");
    }
}
