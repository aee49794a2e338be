package org.featureparity.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.featureparity.evidence.CheckEvidence;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.GroupInfo;

/**
 * The groups of a run as a migration plan: who depends on whom, each group's verdict and blast radius, and the
 * suggested order to migrate in: upstream before downstream, and among groups free to go, the smallest blast radius
 * (lowest tier, fewest consuming models) first.
 */
final class MigrationGraph {

    private static final List<String> TIERS_MOST_CRITICAL_FIRST = List.of("critical", "high", "standard", "low");

    /** One group: a name may be checked by several suites, its verdict is then the worst of them. */
    record Node(String group, CheckStatus verdict, Optional<String> tier, List<String> consumers, List<String> dependsOn) {
    }

    private final Map<String, Node> nodes;
    private final List<String> order;

    private MigrationGraph(Map<String, Node> nodes) {
        this.nodes = nodes;
        this.order = order(nodes);
    }

    static MigrationGraph of(List<CheckEvidence> checks) {
        Map<String, GroupInfo> infos = new LinkedHashMap<>();
        Map<String, List<CheckStatus>> statuses = new LinkedHashMap<>();
        for (CheckEvidence check : checks) {
            infos.putIfAbsent(check.group(), check.groupInfo());
            statuses.computeIfAbsent(check.group(), g -> new ArrayList<>()).add(check.status());
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        infos.forEach((name, info) -> nodes.put(name, new Node(name, CheckStatus.verdictOf(statuses.get(name)),
                info.tier(), info.consumers(), info.dependsOn())));
        return new MigrationGraph(nodes);
    }

    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Upstream to downstream, for groups of this run only. */
    List<Map.Entry<String, String>> edges() {
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        nodes.values().forEach(node -> node.dependsOn().stream().filter(nodes::containsKey)
                .forEach(upstream -> edges.add(Map.entry(upstream, node.group()))));
        return edges;
    }

    List<String> migrationOrder() {
        return order;
    }

    /** Depth of each group: 0 for groups without upstreams in the run, else one more than its deepest upstream. */
    Map<String, Integer> depths() {
        Map<String, Integer> depth = new HashMap<>();
        for (String group : order) {
            int level = nodes.get(group).dependsOn().stream().filter(depth::containsKey)
                    .mapToInt(up -> depth.get(up) + 1).max().orElse(0);
            depth.put(group, level);
        }
        return depth;
    }

    ObjectNode json() {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        ObjectNode graph = factory.objectNode();
        ArrayNode nodeArray = graph.putArray("nodes");
        nodes.values().forEach(node -> {
            ObjectNode item = nodeArray.addObject();
            item.put("group", node.group());
            item.put("verdict", node.verdict().name());
            item.put("tier", node.tier().orElse(null));
            node.consumers().forEach(item.putArray("consumers")::add);
        });
        ArrayNode edgeArray = graph.putArray("edges");
        edges().forEach(edge -> edgeArray.addObject().put("from", edge.getKey()).put("to", edge.getValue()));
        order.forEach(graph.putArray("migration_order")::add);
        return graph;
    }

    // Kahn's algorithm choosing, among the groups whose upstreams are placed, the smallest blast radius; groups
    // on a cycle (reported as invalid contracts by the engine) follow in name order
    private static List<String> order(Map<String, Node> nodes) {
        Comparator<Node> smallestFirst = Comparator.<Node>comparingInt(MigrationGraph::severity)
                .thenComparingInt(node -> node.consumers().size())
                .thenComparing(Node::group);
        List<String> placed = new ArrayList<>();
        TreeSet<Node> ready = new TreeSet<>(smallestFirst);
        Map<String, Long> waiting = new HashMap<>();
        nodes.values().forEach(node -> {
            long upstreams = node.dependsOn().stream().filter(nodes::containsKey).distinct().count();
            waiting.put(node.group(), upstreams);
            if (upstreams == 0) {
                ready.add(node);
            }
        });
        while (!ready.isEmpty()) {
            Node next = ready.pollFirst();
            placed.add(next.group());
            nodes.values().stream().filter(node -> node.dependsOn().contains(next.group())).forEach(node -> {
                if (waiting.merge(node.group(), -1L, Long::sum) == 0) {
                    ready.add(node);
                }
            });
        }
        nodes.keySet().stream().filter(group -> !placed.contains(group)).sorted().forEach(placed::add);
        return placed;
    }

    private static int severity(Node node) {
        return node.tier().map(tier -> TIERS_MOST_CRITICAL_FIRST.size() - TIERS_MOST_CRITICAL_FIRST.indexOf(tier)).orElse(0);
    }
}
