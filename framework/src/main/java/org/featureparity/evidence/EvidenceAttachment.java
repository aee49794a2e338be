package org.featureparity.evidence;

/** A document attached to a check's evidence, e.g. the SQL it ran. Never holds credentials. */
public record EvidenceAttachment(String name, String mediaType, String fileExtension, String content) {

    public static EvidenceAttachment sql(String name, String sql) {
        return new EvidenceAttachment(name, "text/plain", "sql", sql);
    }

    public static EvidenceAttachment text(String name, String text) {
        return new EvidenceAttachment(name, "text/plain", "txt", text);
    }
}
