package org.featureparity.store;

/**
 * Facts about a store for evidence: never a credential.
 *
 * @param role        {@code old} or {@code new}
 * @param product     database product name, as the driver reports it
 * @param version     database product version
 * @param redactedUrl the connection URL with user info, passwords and tokens removed
 */
public record StoreInfo(String role, String product, String version, String redactedUrl) {
}
