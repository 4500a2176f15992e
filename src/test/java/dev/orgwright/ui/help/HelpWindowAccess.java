package dev.orgwright.ui.help;

import javafx.stage.Stage;

/** Reads the help window's page for tests in other packages. */
public final class HelpWindowAccess {

    private HelpWindowAccess() {
    }

    public static String shownTitle(Stage help) {
        return HelpWindow.shownTitle(help);
    }
}
