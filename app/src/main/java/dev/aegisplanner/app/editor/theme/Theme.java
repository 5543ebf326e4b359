package dev.aegisplanner.app.editor.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The editor's two looks. The app stylesheet uses the theme's looked-up colours, so it follows either. */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private final String title;
    private final String userAgentStylesheet;

    Theme(String title, String userAgentStylesheet) {
        this.title = title;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public String title() {
        return title;
    }

    String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
