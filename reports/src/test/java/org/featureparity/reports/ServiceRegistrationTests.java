package org.featureparity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.featureparity.evidence.EvidenceListener;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTests {

    @Test
    void theFrameworkFindsBothWritersWithServiceLoader() {
        assertThat(ServiceLoader.load(EvidenceListener.class).stream().map(ServiceLoader.Provider::type))
                .containsExactlyInAnyOrder(AllureEvidenceWriter.class, VerdictWriter.class);
    }
}
