package org.featureparity.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.CheckKind;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves the {@code group}, {@code check}, {@code property} and {@code feature} UniqueId segments below a suite. Each resolves
 * its parent first, so selecting one check resolves its suite and group partially: "run just this check" works
 * from IDEs and CI.
 */
final class TreeResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        String type = id.getLastSegment().getType();
        String value = id.getLastSegment().getValue();
        return switch (type) {
            case GroupDescriptor.SEGMENT -> resolveChild(id, context, parent -> parent instanceof SuiteDescriptor suite
                    ? suite.createGroup(value).map(g -> g) : Optional.empty());
            case CheckDescriptor.SEGMENT -> resolveChild(id, context, parent -> parent instanceof GroupDescriptor group
                    ? group.createCheck(value).map(c -> c) : Optional.empty());
            case PropertyDescriptor.SEGMENT -> resolveChild(id, context, parent -> parent instanceof GroupDescriptor group
                    ? group.createProperty(value).map(p -> p) : Optional.empty());
            case KeyColumnsDescriptor.SEGMENT -> resolveChild(id, context, parent -> parent instanceof CheckDescriptor check
                    ? check.createKeys(value).map(k -> k) : Optional.empty());
            case FeatureCheckDescriptor.SEGMENT -> resolveChild(id, context, parent -> parent instanceof CheckDescriptor check
                    ? check.createFeature(value).map(f -> f) : Optional.empty());
            default -> Resolution.unresolved();
        };
    }

    private Resolution resolveChild(UniqueId id, Context context,
                                    java.util.function.Function<org.junit.platform.engine.TestDescriptor,
                                            Optional<? extends org.junit.platform.engine.TestDescriptor>> creator) {
        return context.addToParent(() -> selectUniqueId(id.removeLastSegment()), creator::apply)
                .map(node -> Resolution.match(Match.exact(node, () -> childSelectors(node))))
                .orElse(Resolution.unresolved());
    }

    private static Set<? extends DiscoverySelector> childSelectors(org.junit.platform.engine.TestDescriptor node) {
        Set<DiscoverySelector> children = new LinkedHashSet<>();
        if (node instanceof GroupDescriptor group) {
            for (CheckKind kind : CheckKind.values()) {
                if (group.checkKinds().contains(kind)) {
                    children.add(selectUniqueId(group.getUniqueId().append(CheckDescriptor.SEGMENT, kind.id())));
                }
            }
            for (String property : group.propertyNames()) {
                children.add(selectUniqueId(group.getUniqueId().append(PropertyDescriptor.SEGMENT, property)));
            }
        } else if (node instanceof CheckDescriptor check && check.hasFeatures()) {
            FeatureGroupContract contract = check.group().group().contract().orElseThrow();
            if (check.kind() == CheckKind.SCHEMA) {
                children.add(selectUniqueId(check.getUniqueId().append(KeyColumnsDescriptor.SEGMENT,
                        KeyColumnsDescriptor.segmentValue(contract.keyColumns()))));
            }
            for (FeatureSpec feature : contract.features()) {
                children.add(selectUniqueId(check.getUniqueId().append(FeatureCheckDescriptor.SEGMENT, feature.name())));
            }
        }
        return children;
    }
}
