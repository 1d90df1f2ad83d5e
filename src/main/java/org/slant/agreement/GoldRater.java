package org.slant.agreement;

import java.util.Set;
import java.util.UUID;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.curation.CurationStatus;

/**
 * Gold as one more rater of a report: named "gold", with an id no user has, on the documents whose curation is in
 * the statuses the options choose.
 */
final class GoldRater {

    static final String NAME = "gold";
    static final Rater RATER = new Rater(new UUID(0, 0), NAME);

    private GoldRater() {
    }

    static Set<CurationStatus> statuses(AgreementOptions.Gold gold) {
        return switch (gold) {
            case NONE -> Set.of();
            case CURATED -> Set.of(CurationStatus.CURATED);
            case ANY -> Set.of(CurationStatus.CURATED, CurationStatus.IN_PROGRESS);
        };
    }
}
