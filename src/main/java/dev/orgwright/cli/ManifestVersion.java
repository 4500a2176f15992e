package dev.orgwright.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code --version}: the jar's {@code Implementation-Version}, so that
 * the number comes from the build and is never edited by hand. Run from compiled classes (in an
 * IDE, in tests) there is no manifest, and the version says so.
 */
final class ManifestVersion implements IVersionProvider {

    static final String DEVELOPMENT_BUILD = "development build";

    @Override
    public String[] getVersion() {
        return new String[] {"Orgwright " + version()};
    }

    static String version() {
        String fromManifest = OrgwrightCommand.class.getPackage().getImplementationVersion();
        return fromManifest == null || fromManifest.isBlank() ? DEVELOPMENT_BUILD : fromManifest;
    }
}
