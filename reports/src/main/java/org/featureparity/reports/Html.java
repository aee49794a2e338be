package org.featureparity.reports;

import org.featureparity.evidence.HtmlText;

/** Escaping for text placed into HTML element content or quoted attribute values. */
final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities; evidence values are data, never markup. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** A whole self-contained page: inline style only, so it renders from file:// and inside Allure's iframe. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1em; color: #222; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.differs td { background: #fff3cd; }
            .PASS { color: #1a7f37; font-weight: bold; }
            .FAIL { color: #cf222e; font-weight: bold; }
            .ERROR { color: #9a6700; font-weight: bold; }
            .SKIPPED { color: #6e7781; font-weight: bold; }
            .below { color: #cf222e; }
            """;
}
