package org.featureparity.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.featureparity.evidence.MismatchCategory;

/**
 * The {@code categories.json} that sorts failed checks by mismatch category in the report's Categories tab.
 *
 * <p>Allure matches a category's {@code messageRegex} against the whole status message (with DOTALL), and a result
 * joins every category it matches. Failure messages carry one marker {@code [category:<id>]} per category present.
 */
final class AllureCategories {

    static final String FILE_NAME = "categories.json";
    static final String INFRASTRUCTURE = "Could not run (infrastructure)";

    private AllureCategories() {
    }

    /** The marker a failure message carries for a category, e.g. {@code [category:timezone-shift]}. */
    static String marker(String categoryId) {
        return "[category:" + categoryId + "]";
    }

    static String name(MismatchCategory category) {
        return "Mismatch: " + category.id();
    }

    static String messageRegex(MismatchCategory category) {
        // Ids are lower-case letters and hyphens, so only the brackets need escaping.
        return ".*\\[category:" + category.id() + "\\].*";
    }

    /**
     * The message with a marker appended for each category with a count that it does not carry yet, so that
     * categorisation does not depend on how the engine phrased its failure.
     */
    static String withMarkers(String message, Map<String, Long> categories) {
        StringBuilder marked = new StringBuilder(message);
        new TreeMap<>(categories).forEach((id, count) -> {
            if (count > 0 && !message.contains(marker(id))) {
                marked.append(' ').append(marker(id));
            }
        });
        return marked.toString();
    }

    static ArrayNode json(ObjectMapper mapper) {
        ArrayNode categories = mapper.createArrayNode();
        for (MismatchCategory category : MismatchCategory.values()) {
            ObjectNode node = categories.addObject();
            node.put("name", name(category));
            node.putArray("matchedStatuses").add("failed");
            node.put("messageRegex", messageRegex(category));
        }
        ObjectNode infrastructure = categories.addObject();
        infrastructure.put("name", INFRASTRUCTURE);
        infrastructure.putArray("matchedStatuses").add("broken");
        return categories;
    }
}
