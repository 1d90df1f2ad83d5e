package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuringThreadTest {

    @Test
    void measuresEverythingInOrderBeforeFinishing() {
        List<Integer> measured = new ArrayList<>();
        try (MeasuringThread<Integer> thread = new MeasuringThread<>(measured::add)) {
            for (int i = 0; i < 1_000; i++) {
                thread.measure(i);
            }
            thread.finish();
        }

        assertThat(measured).hasSize(1_000).isSorted();
    }

    @Test
    void aFailureWhileMeasuringReachesTheReader() {
        try (MeasuringThread<Integer> thread = new MeasuringThread<>(number -> {
            if (number == 3) {
                throw new IllegalArgumentException("no threes");
            }
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    thread.measure(i);
                }
                thread.finish();
            }).isInstanceOf(IllegalArgumentException.class).hasMessage("no threes");
        }
    }
}
