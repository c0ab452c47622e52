package org.goalbook.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code goalbook --version}: the jar manifest's Implementation-Version, or "dev" when run from the classes. */
public final class GoalbookVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"goalbook " + version()};
    }

    public static String version() {
        String version = GoalbookVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
