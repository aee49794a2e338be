package org.featureparity.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What reports say about the group a check belongs to, taken from its contract.
 *
 * @param dependsOn upstream groups ({@code depends_on})
 * @param consumers models consuming the group
 * @param tier      serving tier ({@code critical}, {@code high}, {@code standard}, {@code low}), if declared
 */
public record GroupInfo(String name, Optional<String> version, Optional<String> owner, List<String> tags,
                        Optional<String> lineageSource, Optional<String> lineageTransformation, String origin,
                        List<String> dependsOn, List<String> consumers, Optional<String> tier) {

    public GroupInfo {
        tags = List.copyOf(tags);
        dependsOn = List.copyOf(dependsOn);
        consumers = List.copyOf(consumers);
    }

    /** A group without dependencies or declared consumers. */
    public GroupInfo(String name, Optional<String> version, Optional<String> owner, List<String> tags,
                     Optional<String> lineageSource, Optional<String> lineageTransformation, String origin) {
        this(name, version, owner, tags, lineageSource, lineageTransformation, origin, List.of(), List.of(), Optional.empty());
    }
}
