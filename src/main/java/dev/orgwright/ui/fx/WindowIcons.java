package dev.orgwright.ui.fx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The program's icon for its windows, in the sizes window managers pick from. */
public final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 32, 48, 256);

    private WindowIcons() {
    }

    /** The icons found in the build; none (the toolkit's default icon) if they are missing. */
    public static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = WindowIcons.class.getResourceAsStream("/dev/orgwright/ui/icons/orgwright-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }
}
