package org.featureparity.reports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Masks values whose key names a credential, the last guard before anything is written. */
final class Redaction {

    static final String MASK = "****";

    private Redaction() {
    }

    /** True for keys such as {@code parity.store.old.password}, {@code clientSecret} or {@code API_TOKEN}. */
    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    static String value(String key, String value) {
        return isSecret(key) ? MASK : value;
    }

    /** A copy in the same order with secret values masked. */
    static Map<String, String> masked(Map<String, String> entries) {
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach((key, value) -> copy.put(key, value(key, value)));
        return copy;
    }
}
