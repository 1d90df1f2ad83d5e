package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.api.Test;

/** Kappas computed from tallied counts equal DKPro's over the same units listed one by one. */
class TallyKappasTest {

    @Test
    void fleissEqualsDkproOnRandomTallies() {
        Random random = new Random(11);
        for (int study = 0; study < 200; study++) {
            int raters = 2 + random.nextInt(4);
            int categories = 2 + random.nextInt(4);
            RatingTally tally = new RatingTally(raters);
            CodingAnnotationStudy listed = new CodingAnnotationStudy(raters);
            int units = 5 + random.nextInt(60);
            for (int unit = 0; unit < units; unit++) {
                Object[] row = new Object[raters];
                for (int rater = 0; rater < raters; rater++) {
                    row[rater] = "c" + random.nextInt(categories);
                }
                tally.add(1L, row);
                listed.addItemAsArray(row.clone());
            }
            Measured ours = CodingMeasures.fleissKappa(tally);
            if (ours.defined()) {
                assertThat(ours.value()).isCloseTo(new FleissKappaAgreement(listed).calculateAgreement(),
                        within(1e-9));
            }
        }
    }

    @Test
    void cohenEqualsDkproOnRandomTallies() {
        Random random = new Random(12);
        for (int study = 0; study < 200; study++) {
            int categories = 2 + random.nextInt(4);
            RatingTally tally = new RatingTally(2);
            CodingAnnotationStudy listed = new CodingAnnotationStudy(2);
            int units = 5 + random.nextInt(60);
            for (int unit = 0; unit < units; unit++) {
                Object[] row = {"c" + random.nextInt(categories), "c" + random.nextInt(categories)};
                tally.add(1L, row);
                listed.addItemAsArray(row.clone());
            }
            Measured ours = CodingMeasures.cohenKappa(tally);
            if (ours.defined()) {
                assertThat(ours.value()).isCloseTo(new CohenKappaAgreement(listed).calculateAgreement(),
                        within(1e-9));
            }
        }
    }

    @Test
    void oneCategoryIsUndefined() {
        RatingTally tally = new RatingTally(3);
        tally.add(1_000L, new Object[] {"O", "O", "O"});

        assertThat(CodingMeasures.fleissKappa(tally).value()).isNull();
    }
}
