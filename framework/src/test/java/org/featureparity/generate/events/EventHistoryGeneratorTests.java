package org.featureparity.generate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.featureparity.generate.ChoiceSequence;
import org.featureparity.generate.Choices;
import org.junit.jupiter.api.Test;

class EventHistoryGeneratorTests {

    private static final HistorySettings SETTINGS = HistorySettings.postgres(Duration.ofHours(24));
    private static final EventHistoryGenerator HISTORIES = new EventHistoryGenerator(SETTINGS);

    @Test
    void generatesTheSameHistoriesForTheSameSeed() {
        assertThat(histories(11L, 50)).isEqualTo(histories(11L, 50)).isNotEqualTo(histories(12L, 50));
    }

    @Test
    void triesEveryEdgeCaseWithTheDefaultWeights() {
        EdgeCaseTally tally = new EdgeCaseTally();
        histories(1L, 500).forEach(tally::add);

        assertThat(tally.counts()).containsOnlyKeys(EdgeCase.values());
        assertThat(tally.histories()).isEqualTo(500);
    }

    @Test
    void putsBoundaryEventsExactlyOnAndOneMicrosecondBesideTheBounds() {
        Set<Duration> besideStart = new HashSet<>();
        for (EventHistory history : histories(2L, 300)) {
            for (Event event : history.events()) {
                assertThat(event.eventTime().getNano() % 1_000).as("PostgreSQL keeps microseconds").isZero();
                Duration fromStart = Duration.between(history.windowStart(), event.eventTime());
                if (fromStart.abs().equals(Duration.ofNanos(1_000))) {
                    besideStart.add(fromStart);
                }
            }
        }

        assertThat(besideStart).containsExactlyInAnyOrder(Duration.ofNanos(1_000), Duration.ofNanos(-1_000));
    }

    @Test
    void recordsWhatEachHistoryContains() {
        for (EventHistory history : histories(3L, 300)) {
            if (history.events().stream().anyMatch(e -> e.eventTime().equals(history.windowStart()))) {
                assertThat(history.edgeCases()).containsKey(EdgeCase.EVENT_AT_WINDOW_START);
            }
            if (history.events().stream().map(Event::eventId).distinct().count() < history.events().size()) {
                assertThat(history.edgeCases()).containsKey(EdgeCase.DUPLICATE_EVENT);
            }
            if (history.edgeCases().containsKey(EdgeCase.WINDOW_SPANS_DST_TRANSITION)) {
                var transition = history.zone().getRules().nextTransition(history.windowStart());
                assertThat(transition.getInstant()).isBeforeOrEqualTo(history.asOf());
            }
            assertThat(history.events()).isSortedAccordingTo((a, b) -> a.ingestedAt().compareTo(b.ingestedAt()));
        }
    }

    @Test
    void spansDaylightSavingTransitionsInNonUtcZones() {
        HistoryWeights acrossDst = new HistoryWeights(0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0,
                1, 0, 0, 0);
        EventHistoryGenerator generator = new EventHistoryGenerator(SETTINGS.withWeights(acrossDst));

        for (int seed = 0; seed < 50; seed++) {
            EventHistory history = Choices.random(seed).generate(generator);
            assertThat(history.zone()).isNotEqualTo(ZoneOffset.UTC);
            assertThat(history.edgeCases()).containsKey(EdgeCase.WINDOW_SPANS_DST_TRANSITION);
        }
    }

    @Test
    void theSimplestHistoryIsOneEntityWithoutEventsInUtc() {
        EventHistory simplest = Choices.replay(ChoiceSequence.EMPTY).generate(HISTORIES);

        assertThat(simplest.asOf()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(simplest.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(simplest.entities()).containsExactly(1L);
        assertThat(simplest.events()).isEmpty();
        assertThat(simplest.edgeCases()).isEmpty();
    }

    private static List<EventHistory> histories(long seed, int count) {
        List<EventHistory> histories = new ArrayList<>();
        Choices choices = Choices.random(seed);
        for (int i = 0; i < count; i++) {
            histories.add(choices.generate(HISTORIES));
        }
        return histories;
    }
}
