package org.partnerflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** One rule for every date a user sends: 2000-01-01 to 2100-12-31, in JSON and in request parameters alike. */
class DateLimitsTest {

    record Body(LocalDate from, List<LocalDate> more) {
    }

    @Test
    void aJsonDateOutsideTheLimitsIsRefusedNamingItsPath() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .registerModule(new DateLimits().dateLimitsModule());
        assertThat(json.readValue("{\"from\": \"2000-01-01\", \"more\": [\"2100-12-31\"]}", Body.class).from())
                .isEqualTo(DateLimits.EARLIEST);
        for (String date : List.of("0000-01-01", "+999999999-12-31", "1999-12-31", "2101-01-01")) {
            assertThatThrownBy(() -> json.readValue("{\"from\": \"2026-01-01\", \"more\": [\"" + date + "\"]}", Body.class))
                    .isInstanceOfSatisfying(DateLimits.OutOfRangeException.class,
                            e -> assertThat(JsonPaths.of(e)).isEqualTo("more[0]"));
        }
    }

    @Test
    void aRequestParameterOutsideTheLimitsIsA400NamingTheParameter() throws Exception {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        new DateLimits().addFormatters(conversions);
        assertThat(conversions.convert("2026-03-31", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 31));
        ConversionFailedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ConversionFailedException.class, () -> conversions.convert("0000-01-01", LocalDate.class));

        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("sample", LocalDate.class), 0);
        var mismatch = new MethodArgumentTypeMismatchException("0000-01-01", LocalDate.class, "asOf", parameter, refused);
        var answer = new ApiProblemHandler().handleTypeMismatch(mismatch, new HttpHeaders(), HttpStatus.BAD_REQUEST,
                new ServletWebRequest(new MockHttpServletRequest()));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getProperties().get("errors"))
                .isEqualTo(List.of(Map.of("field", "asOf", "message", "must be between 2000-01-01 and 2100-12-31")));
    }

    @SuppressWarnings("unused")
    private void sample(LocalDate asOf) {
    }

    @Test
    void theLimitsAreInclusiveAndAMissingDateIsLeftToItsField() {
        assertThat(DateLimits.allows(null)).isTrue();
        assertThat(DateLimits.allows(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(DateLimits.allows(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(DateLimits.allows(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(DateLimits.allows(LocalDate.of(1999, 12, 31))).isFalse();
    }
}
