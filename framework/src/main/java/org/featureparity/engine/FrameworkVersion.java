package org.featureparity.engine;

/** The framework's version, from the jar manifest; {@code dev} when running from classes. */
final class FrameworkVersion {

    private FrameworkVersion() {
    }

    static String current() {
        String version = FrameworkVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
