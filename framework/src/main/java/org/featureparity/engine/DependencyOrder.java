package org.featureparity.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.featureparity.contract.FeatureGroupContract;
import org.junit.platform.engine.TestDescriptor;

/**
 * Puts the discovered groups in dependency order: upstream groups before the groups that {@code depends_on} them,
 * across suites. A dependency on a group no selected suite declares, or a cycle, makes the groups involved invalid
 * (a failed {@code check:contract} naming the problem), so they are reported instead of run in a wrong order.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    static void apply(TestDescriptor engine) {
        Map<String, List<GroupDescriptor>> groups = new LinkedHashMap<>();
        for (TestDescriptor suite : engine.getChildren()) {
            for (TestDescriptor child : suite.getChildren()) {
                if (child instanceof GroupDescriptor group) {
                    groups.computeIfAbsent(group.group().name(), n -> new ArrayList<>()).add(group);
                }
            }
        }
        Map<String, Set<String>> upstreams = new LinkedHashMap<>();
        groups.forEach((name, declared) -> upstreams.put(name, new LinkedHashSet<>()));
        groups.forEach((name, declared) -> declared.forEach(group -> group.group().contract()
                .map(FeatureGroupContract::dependsOn).orElse(List.of()).forEach(upstream -> {
                    if (!groups.containsKey(upstream)) {
                        invalidate(group, "depends_on: no selected suite declares group '" + upstream + "'");
                    } else {
                        upstreams.get(name).add(upstream);
                    }
                })));
        Map<String, Integer> rank = rank(upstreams, groups);
        reorder(engine, rank);
    }

    /** Topological ranks (Kahn's algorithm, ties in discovery order); groups left on a cycle are invalidated. */
    private static Map<String, Integer> rank(Map<String, Set<String>> upstreams, Map<String, List<GroupDescriptor>> groups) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> downstreams = new HashMap<>();
        upstreams.forEach((name, ups) -> {
            waiting.put(name, ups.size());
            ups.forEach(up -> downstreams.computeIfAbsent(up, u -> new ArrayList<>()).add(name));
        });
        Deque<String> ready = new ArrayDeque<>();
        upstreams.keySet().stream().filter(name -> waiting.get(name) == 0).forEach(ready::add);
        Map<String, Integer> rank = new HashMap<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            rank.put(name, rank.size());
            for (String down : downstreams.getOrDefault(name, List.of())) {
                if (waiting.merge(down, -1, Integer::sum) == 0) {
                    ready.add(down);
                }
            }
        }
        for (String name : upstreams.keySet()) {
            if (!rank.containsKey(name)) {
                String cycle = cycleThrough(name, upstreams);
                groups.get(name).forEach(group -> invalidate(group, "depends_on: cycle " + cycle));
                rank.put(name, rank.size());
            }
        }
        return rank;
    }

    private static String cycleThrough(String start, Map<String, Set<String>> upstreams) {
        List<String> path = new ArrayList<>();
        String current = start;
        while (!path.contains(current)) {
            path.add(current);
            current = upstreams.get(current).stream().filter(up -> upstreams.get(up) != null).findFirst().orElse(start);
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        loop.add(current);
        return String.join(" -> ", loop);
    }

    // groups within a suite by rank, suites in the order of their earliest group
    private static void reorder(TestDescriptor engine, Map<String, Integer> rank) {
        java.util.function.ToIntFunction<TestDescriptor> rankOf = node -> node instanceof GroupDescriptor group
                ? rank.getOrDefault(group.group().name(), Integer.MAX_VALUE) : Integer.MAX_VALUE;
        for (TestDescriptor suite : engine.getChildren()) {
            suite.orderChildren(children -> sorted(children, Comparator.comparingInt(rankOf)));
        }
        engine.orderChildren(suites -> sorted(suites, Comparator.comparingInt(suite ->
                suite.getChildren().stream().mapToInt(rankOf).min().orElse(Integer.MAX_VALUE))));
    }

    private static List<TestDescriptor> sorted(List<TestDescriptor> nodes, Comparator<TestDescriptor> order) {
        List<TestDescriptor> copy = new ArrayList<>(nodes);
        copy.sort(order);
        return copy;
    }

    private static void invalidate(GroupDescriptor group, String problem) {
        group.invalidate(group.group().origin() + ": " + problem);
    }
}
