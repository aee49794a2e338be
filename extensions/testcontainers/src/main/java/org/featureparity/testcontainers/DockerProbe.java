package org.featureparity.testcontainers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Asks, once and within a bound, whether a Docker engine answers. Testcontainers' own check is quick when no engine
 * exists, but a socket that accepts and never answers would stall it; the bound keeps start-up predictable.
 */
final class DockerProbe {

    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);

    private DockerProbe() {
    }

    /** Empty when an engine answered; otherwise why not, for the message that explains the fallback. */
    static java.util.Optional<String> unavailability(Duration limit) {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of("no Docker engine found");
        } catch (TimeoutException e) {
            answer.cancel(true);
            return java.util.Optional.of("no Docker engine answered within " + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.of("interrupted while looking for a Docker engine");
        } catch (ExecutionException e) {
            return java.util.Optional.of("looking for a Docker engine failed: " + e.getCause());
        }
    }
}
