package org.featureparity.evidence;

import java.util.List;
import java.util.Optional;

/** What reports say about the group a check belongs to, taken from its contract. */
public record GroupInfo(String name, Optional<String> version, Optional<String> owner, List<String> tags,
                        Optional<String> lineageSource, Optional<String> lineageTransformation, String origin) {

    public GroupInfo {
        tags = List.copyOf(tags);
    }
}
