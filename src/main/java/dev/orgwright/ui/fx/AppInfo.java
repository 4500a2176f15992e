package dev.orgwright.ui.fx;

/** The program's name and version, as the jar's manifest states it. */
public final class AppInfo {

    public static final String NAME = "Orgwright";

    private AppInfo() {
    }

    /** The version from the jar's manifest; run from classes, there is none to read. */
    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? Texts.t("about.developmentBuild") : v;
    }
}
