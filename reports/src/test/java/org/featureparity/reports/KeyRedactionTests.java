package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;
import org.junit.jupiter.api.Test;

class KeyRedactionTests {

    @Test
    void offUnlessConfiguredTrue() {
        assertThat(KeyRedaction.of(EvidenceFixtures.run(Path.of("r"))).enabled()).isFalse();
        assertThat(KeyRedaction.of(EvidenceFixtures.run(Path.of("r"), Map.of(KeyRedaction.REDACT_KEYS, "no"))).enabled())
                .isFalse();
        assertThat(KeyRedaction.of(EvidenceFixtures.run(Path.of("r"), Map.of(KeyRedaction.REDACT_KEYS, " TRUE ")))
                .enabled()).isTrue();
    }

    @Test
    void hashesEveryKeyValueStablyAndKeepsEverythingElse() {
        List<Mismatch> mismatches = EvidenceFixtures.valuesFail().mismatches();

        List<Mismatch> redacted = new KeyRedaction(true).apply(mismatches);

        Mismatch first = redacted.get(0);
        // printf '1' | sha256sum -> 6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b
        assertThat(first.key()).containsEntry("user_id", "sha256:6b86b273ff34fce1");
        assertThat(first.key().keySet()).containsExactly("user_id", "as_of");
        assertThat(first.oldValue()).isEqualTo(mismatches.get(0).oldValue());
        assertThat(first.delta()).isEqualTo(mismatches.get(0).delta());
        assertThat(new KeyRedaction(true).apply(mismatches)).isEqualTo(redacted);
        assertThat(redacted).flatExtracting(mismatch -> mismatch.key().values())
                .allMatch(value -> value.matches("sha256:[0-9a-f]{16}"));
    }

    @Test
    void leavesMismatchesAloneWhenOff() {
        List<Mismatch> mismatches = EvidenceFixtures.valuesFail().mismatches();

        assertThat(KeyRedaction.OFF.apply(mismatches)).isSameAs(mismatches);
    }
}
