package org.featureparity.store;

import java.util.regex.Pattern;

/** Removes credentials from connection URLs and from messages that may quote them. */
public final class UrlRedaction {

    // user:password@ in authority (up to its last '@': a password may hold an unescaped '@'), and
    // password/token/secret style query or property parameters
    private static final Pattern USER_INFO = Pattern.compile("(//)[^/?#\\s]+@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|access[_-]?key|api[_-]?key|sslpassword)[^=&;\\s]*=)[^&;\\s]*");

    private UrlRedaction() {
    }

    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String withoutUserInfo = USER_INFO.matcher(text).replaceAll("$1****@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1****");
    }
}
