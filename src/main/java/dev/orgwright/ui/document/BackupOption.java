package dev.orgwright.ui.document;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.ui.fx.Texts;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;

/**
 * The File menu's "Keep the Previous Version as a Backup When Saving": whether a save keeps the file it replaces.
 * On unless turned off; the choice is remembered for the next start.
 */
public final class BackupOption {

    static final String KEY = "keepPreviousVersion";

    private BackupOption() {
    }

    /** The menu item for {@code document}, set from the remembered choice. */
    public static CheckMenuItem menuItem(DocumentSession document) {
        Preferences preferences = Preferences.userNodeForPackage(BackupOption.class);
        CheckMenuItem item = new CheckMenuItem(Texts.t("document.backupOption.keepPreviousVersionName"));
        item.setId("keep-backup-item");
        boolean keep = preferences.getBoolean(KEY, true);
        item.setSelected(keep);
        document.setBackupPolicy(keep ? BackupPolicy.KEEP_PREVIOUS : BackupPolicy.NONE);
        item.setOnAction(e -> {
            document.setBackupPolicy(item.isSelected() ? BackupPolicy.KEEP_PREVIOUS : BackupPolicy.NONE);
            preferences.putBoolean(KEY, item.isSelected());
        });
        return item;
    }
}
