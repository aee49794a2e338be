package org.featureparity.stats;

import java.util.Map;
import java.util.Optional;
import org.featureparity.contract.Side;

/**
 * Both sides' profiles of a group's features, and how they were obtained.
 *
 * @param old        the old store's profiles
 * @param fresh      the new store's profiles
 * @param source     how: {@code merge pass} (the comparison's own scan) or {@code profile scan} (a scan of each side)
 * @param incomplete why the profiles cover only part of the rows (the comparison stopped early), else empty
 * @param statements the SQL each side ran, by role
 */
public record GroupProfiles(ProfileSet old, ProfileSet fresh, String source, Optional<String> incomplete,
                            Map<String, String> statements) {

    public GroupProfiles {
        statements = Map.copyOf(statements);
    }

    public ProfileSet side(Side side) {
        return side == Side.OLD ? old : fresh;
    }
}
