package org.partnerflow.award;

import org.partnerflow.security.Role;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notification;

/**
 * The messages a partnership gets about its proposal: an offer, a request for changes, a rejection. Their subjects
 * come from i18n/mail.properties, like their bodies.
 */
final class AwardNotices {

    private AwardNotices() {
    }

    static Notification offerMade(Award award, java.util.List<java.math.BigDecimal> tranches, Formats formats) {
        return Notification.templated(partnership(award), "offer-made",
                formats.defaultText("mail.offerMade.subject", award.getReference()), "award-" + award.getId() + "-offer",
                Notification.model("reference", award.getReference(), "partnership", award.getPartnership().getName(),
                        "programme", award.getProgramme().getTitle(), "amount", award.getAmountAwarded(),
                        "conditions", award.getOfferConditions(), "reasons", award.getDecisionReasons(),
                        "expiresAt", award.getOfferExpiresAt(), "tranches", tranches));
    }

    static Notification changesRequested(Award award, Formats formats) {
        return Notification.templated(partnership(award), "changes-requested",
                formats.defaultText("mail.changesRequested.subject", award.getReference()),
                "award-" + award.getId() + "-round-" + award.getRound() + "-changes",
                Notification.model("reference", award.getReference(), "partnership", award.getPartnership().getName(),
                        "reasons", award.getDecisionReasons()));
    }

    static Notification rejected(Award award, Formats formats) {
        return Notification.templated(partnership(award), "proposal-rejected",
                formats.defaultText("mail.proposalRejected.subject", award.getReference()),
                "award-" + award.getId() + "-round-" + award.getRound() + "-rejected",
                Notification.model("reference", award.getReference(), "partnership", award.getPartnership().getName(),
                        "reasons", award.getDecisionReasons()));
    }

    private static String partnership(Award award) {
        return Role.partnershipGroup(award.getPartnership().getId());
    }
}
