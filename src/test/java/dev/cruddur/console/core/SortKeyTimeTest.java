package dev.cruddur.console.core;

import dev.cruddur.console.core.time.SortKeyTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SortKeyTimeTest {

    @Test
    void writesUtcWithSixFractionDigits() {
        assertThat(SortKeyTime.format(Instant.parse("2023-03-23T09:55:59Z"))).isEqualTo("2023-03-23T09:55:59.000000+00:00");
        assertThat(SortKeyTime.format(Instant.parse("2023-03-23T09:55:59.043951789Z")))
                .isEqualTo("2023-03-23T09:55:59.043951+00:00");
    }

    @Test
    void readsEveryFormTheOriginalWroteAndSaysWhichItWas() {
        assertThat(SortKeyTime.parse("2023-03-23T09:55:59.043951+00:00").form()).isEqualTo(SortKeyTime.Form.CANONICAL);
        assertThat(SortKeyTime.parse("2023-03-23T09:55:59+00:00").form()).isEqualTo(SortKeyTime.Form.UTC_OTHER_SPELLING);
        SortKeyTime.Parsed naive = SortKeyTime.parse("2023-03-23T09:55:59.043951");
        assertThat(naive.form()).isEqualTo(SortKeyTime.Form.NAIVE);
        assertThat(naive.isFlagged()).isTrue();
        assertThat(naive.instant()).isEqualTo(Instant.parse("2023-03-23T09:55:59.043951Z"));
        SortKeyTime.Parsed local = SortKeyTime.parse("2023-03-23T11:55:59.043951+02:00");
        assertThat(local.form()).isEqualTo(SortKeyTime.Form.NON_UTC);
        assertThat(local.instant()).isEqualTo(Instant.parse("2023-03-23T09:55:59.043951Z"));
        assertThat(SortKeyTime.parse("yesterday").form()).isEqualTo(SortKeyTime.Form.INVALID);
        assertThat(SortKeyTime.parse("yesterday").instant()).isNull();
    }
}
