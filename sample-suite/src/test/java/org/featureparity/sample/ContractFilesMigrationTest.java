package org.featureparity.sample;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the sample's YAML contracts under Maven: Surefire scans classes, so contract files run through this
 * {@code @Suite}. Their stores come from configuration, as they would for the Console Launcher.
 */
@Suite
@IncludeEngines("feature-parity")
@SelectClasspathResource("contracts/user_profile.parity.yaml")
@SelectClasspathResource("contracts/user_activity.parity.yaml")
@ConfigurationParameter(key = "parity.migration", value = "feature-store-2026")
@ConfigurationParameter(key = "parity.store.old.init", value = "common/events.sql,legacy/batch_features.sql")
@ConfigurationParameter(key = "parity.store.new.init", value = "common/events.sql,streaming/feature_views.sql")
class ContractFilesMigrationTest {
}
