package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.engine.HopKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The icon of each kind of hop, the same in the event list and in presentation mode. */
public final class HopIcons {

    private HopIcons() {
    }

    public static Ikon of(HopKind kind) {
        return switch (kind) {
            case CLIENT -> MaterialDesignL.LAPTOP;
            case CACHE_SERVICE -> MaterialDesignD.DOMAIN;
            case EGRESS_ROUTER -> MaterialDesignR.ROUTER;
            case EGRESS_SERVER -> MaterialDesignS.SERVER_NETWORK;
            case ORIGIN -> MaterialDesignW.WEB;
        };
    }
}
