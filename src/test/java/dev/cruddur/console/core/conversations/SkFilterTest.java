package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.testsupport.ConversationFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pure logic: no server. The exact strings sent and how every time form sorts against them. */
class SkFilterTest {

    @Test
    void everyTimeFormParsesToItsMomentAndIsFlaggedWhenNaiveOrNotUtc() {
        assertThat(SortKeyTime.parse("2023-03-23T09:55:59.043951+00:00").form()).isEqualTo(SortKeyTime.Form.CANONICAL);
        SortKeyTime.Parsed noFraction = SortKeyTime.parse("2023-03-23T09:55:59+00:00");
        assertThat(noFraction.form()).isEqualTo(SortKeyTime.Form.UTC_OTHER_SPELLING);
        assertThat(noFraction.instant()).isEqualTo(Instant.parse("2023-03-23T09:55:59Z"));
        SortKeyTime.Parsed naive = SortKeyTime.parse("2023-03-23T09:55:59.043951");
        assertThat(naive.form()).isEqualTo(SortKeyTime.Form.NAIVE);
        assertThat(naive.isFlagged()).isTrue();
        SortKeyTime.Parsed plusTwo = SortKeyTime.parse("2023-03-23T11:55:59.043951+02:00");
        assertThat(plusTwo.form()).isEqualTo(SortKeyTime.Form.NON_UTC);
        assertThat(plusTwo.instant()).isEqualTo(Instant.parse("2023-03-23T09:55:59.043951Z"));
        assertThat(EntryChecks.timeFlag(plusTwo)).get().extracting(Flag::label).isEqualTo("non-UTC time");
        assertThat(EntryChecks.timeFlag(noFraction)).isEmpty();
    }

    @Test
    void stringOrderOfTheFormsIsWhatTheFixtureListsAndSpellingsOfOneSecondStayTogether() {
        List<String> shuffled = new ArrayList<>(ConversationFixture.ODD_TIMES);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(ConversationFixture.ODD_TIMES);
        // The zero-fraction spelling sorts before the fractions of its second ('+' < '.'), as its moment does.
        assertThat("2023-03-23T09:55:59+00:00").isLessThan("2023-03-23T09:55:59.000001+00:00");
        // The +02:00 value sorts by its local clock (11:55) although its moment is 09:55:30Z.
        assertThat("2023-03-23T11:55:30.000000+02:00").isGreaterThan("2023-03-23T09:56:00.000001+00:00");
    }

    @Test
    void betweenSendsTheBareFirstSecondAndTheLastSecondFollowedByZ() {
        SkFilter f = SkFilter.between(Instant.parse("2023-03-23T09:55:00Z"), Instant.parse("2023-03-23T09:55:59Z"));
        assertThat(f.skValues()).isEqualTo(Map.of(":from", "2023-03-23T09:55:00", ":to", "2023-03-23T09:55:59Z"));
        assertThat(f.keyCondition()).isEqualTo("pk = :pk AND sk BETWEEN :from AND :to");
        assertThat(f.describe()).isEqualTo("sk BETWEEN \"2023-03-23T09:55:00\" AND \"2023-03-23T09:55:59Z\"");
        // Every spelling of the last second is inside, the next second and the second before the start are not.
        assertThat(ConversationFixture.ODD_TIMES.stream().filter(f::matchesText)).containsExactly(
                "2023-03-23T09:55:59", "2023-03-23T09:55:59+00:00", "2023-03-23T09:55:59.043951",
                "2023-03-23T09:55:59.043952+00:00");
        assertThat(f.matchesText("2023-03-23T09:55:59.999999Z")).isTrue();
        assertThat(f.matchesText("2023-03-23T09:55:00")).isTrue();
        assertThat(f.matchesText("2023-03-23T09:54:59.999999")).isFalse();
        assertThat(f.matchesText("2023-03-23T09:56:00")).isFalse();
    }

    @Test
    void typedBoundsCoverTheirWholeDayMinuteOrSecond() {
        ZoneId utc = ZoneOffset.UTC;
        assertThat(SkFilter.between("2023-03-23", "2023-03-23", utc).skValues().values())
                .containsExactly("2023-03-23T00:00:00", "2023-03-23T23:59:59Z");
        assertThat(SkFilter.between("2023-03-23 09:55", "2023-03-23T09:55", utc).skValues().values())
                .containsExactly("2023-03-23T09:55:00", "2023-03-23T09:55:59Z");
        assertThat(SkFilter.between("2023-03-23T11:55:00+02:00", "2023-03-23T09:55:59Z", utc).skValues().values())
                .containsExactly("2023-03-23T09:55:00", "2023-03-23T09:55:59Z");
        assertThat(SkFilter.between("2023-03-23T10:55", "2023-03-23T10:55", ZoneId.of("Europe/Berlin"))
                .skValues().values()).containsExactly("2023-03-23T09:55:00", "2023-03-23T09:55:59Z");
        assertThat(SkFilter.between(LocalDateTime.parse("2023-03-23T09:55"), LocalDateTime.parse("2023-03-23T09:55"),
                utc).skValues().values()).containsExactly("2023-03-23T09:55:00", "2023-03-23T09:55:59Z");
    }

    @Test
    void beginsWithPresetsAreTheDatesText() {
        LocalDate d = LocalDate.of(2023, 3, 23);
        assertThat(SkFilter.beginsWith(d, SkFilter.Preset.YEAR).skValues()).isEqualTo(Map.of(":prefix", "2023"));
        assertThat(SkFilter.beginsWith(d, SkFilter.Preset.MONTH).skValues()).isEqualTo(Map.of(":prefix", "2023-03"));
        assertThat(SkFilter.beginsWith(d, SkFilter.Preset.DAY).skValues()).isEqualTo(Map.of(":prefix", "2023-03-23"));
        assertThat(SkFilter.none().keyCondition()).isEqualTo("pk = :pk");
        assertThat(SkFilter.none().skValues()).isEmpty();
    }

    @Test
    void nonUtcValuesMatchedByTextButNotByMomentAreExplained() {
        SkFilter day24 = SkFilter.beginsWith("2023-03-24");
        SortKeyTime.Parsed t = SortKeyTime.parse("2023-03-24T01:30:00.000000+02:00");
        assertThat(day24.matchesText(t.raw())).isTrue();
        assertThat(day24.mismatch(t)).get().asString().contains("2023-03-23T23:30:00.000000+00:00");
        assertThat(SkFilter.beginsWith("2023-03-23").mismatch(SortKeyTime.parse("2023-03-23T09:00:00+00:00"))).isEmpty();
    }

    @Test
    void badRangesAndPrefixesAreOneSentence() {
        assertThatThrownBy(() -> SkFilter.between("2023-03-24", "2023-03-23", ZoneOffset.UTC))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The range starts at 2023-03-24T00:00:00 UTC, after its end at 2023-03-23T23:59:59 UTC; "
                        + "swap the start and the end.");
        assertThatThrownBy(() -> SkFilter.between("yesterday", "2023-03-23", ZoneOffset.UTC))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("'yesterday', is not a date");
        assertThatThrownBy(() -> SkFilter.beginsWith("  ")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void awsCommandQuotesEveryWordSoAShellGivesItBackUnchanged() throws Exception {
        List<String> words = List.of("aws", "dynamodb", "query", "--key-condition-expression",
                "pk = :pk AND begins_with(sk, :prefix)", "--expression-attribute-values",
                "{\":pk\":{\"S\":\"MSG#it's\"}}", "--endpoint-url", "http://localhost:8000");
        String line = AwsCliCommand.line(words);
        assertThat(line).contains("'pk = :pk AND begins_with(sk, :prefix)'").contains("'{\":pk\":{\"S\":\"MSG#it'\\''s\"}}'");
        Process p = new ProcessBuilder("bash", "-c", "aws() { printf '%s\\n' \"$@\"; }; " + line).start();
        List<String> echoed = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertThat(p.waitFor()).isZero();
        assertThat(echoed).containsExactlyElementsOf(words.subList(1, words.size()));
    }
}
