package org.featureparity.store;

import java.util.Optional;
import org.featureparity.contract.FeatureType;

/**
 * A column as the store itself describes it.
 *
 * @param name                the column's real name
 * @param type                its portable type, empty when the store's type has no portable mapping
 * @param nativeType          the store's own type name, e.g. {@code int8} or {@code numeric(18,2)}
 * @param nullable            whether the store allows NULL in it
 * @param nullabilityEnforced whether {@code nullable} comes from a constraint (a base table); views and queries
 *                            carry no constraints, so their NULLs can only be verified in the data
 */
public record StoreColumn(String name, Optional<FeatureType> type, String nativeType, boolean nullable,
                          boolean nullabilityEnforced) {
}
