package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An award in a list. */
public record AwardView(Long id, String reference, Long programmeId, Long partnershipId, String partnershipName,
        AwardStatus status, BigDecimal amountRequested, BigDecimal amountAwarded, BigDecimal amountReleased,
        LocalDate startDate, LocalDate endDate, String processInstanceId) {

    static AwardView of(Award a) {
        return new AwardView(a.getId(), a.getReference(), a.getProgramme().getId(), a.getPartnership().getId(),
                a.getPartnership().getName(), a.getStatus(), a.getAmountRequested(), a.getAmountAwarded(),
                a.getAmountReleased(), a.getStartDate(), a.getEndDate(), a.getProcessInstanceId());
    }
}
