package org.featureparity.evidence;

/** Text placed into HTML element content or quoted attribute values, for attachments and report pages alike. */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text with {@code & < > " '} replaced by entities (empty for null); evidence values are data, never markup. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
