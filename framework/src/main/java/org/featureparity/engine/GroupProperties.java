package org.featureparity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a group is checked for beyond its stores: the old and new pipelines, which give it the
 * {@code [property:equivalence]} node, and property methods of its suite.
 */
record GroupProperties(Optional<PipelineSource> pipelines, List<PropertyMethod> methods) {

    static final GroupProperties NONE = new GroupProperties(Optional.empty(), List.of());

    /** The name of the property a group's pipelines give it. */
    static final String EQUIVALENCE = "equivalence";

    GroupProperties {
        methods = List.copyOf(methods);
    }

    /** The names of the group's property nodes, the equivalence property first. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        pipelines.ifPresent(p -> names.add(EQUIVALENCE));
        methods.forEach(method -> names.add(method.name()));
        return names;
    }

    Optional<PropertyMethod> method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
