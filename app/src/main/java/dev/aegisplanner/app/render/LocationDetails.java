package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.text.Counts;

/**
 * The details line under a location's title, shortened for a narrow card by leaving out what a planner needs
 * least rather than cutting off the end: the coordinates go first (the map and the property sheet give them),
 * then "data centers" becomes "DCs", then the data centers go; the server count stays to the last. The longer
 * forms are only made for a card too narrow for the whole line, so a wide card costs one measurement.
 */
final class LocationDetails {

    private LocationDetails() {
    }

    /** The longest form of the location's details that fits a width, cut short only when not even its servers do. */
    static String fitted(Surface s, SceneFrame location, FontSpec font, double maxWidth) {
        String whole = location.subtitle();
        if (s.textWidth(whole, font) <= maxWidth) {
            return whole;
        }
        String place = whole.substring(0, whole.indexOf(SceneFrame.DETAILS_SEPARATOR));
        String servers = Counts.of(location.serverCount(), "server");
        String dataCenters = Counts.of(location.dataCenters().size(), "data center");
        String dcs = Counts.of(location.dataCenters().size(), "DC");
        for (String form : new String[] {
                place + SceneFrame.DETAILS_SEPARATOR + dcs + SceneFrame.DETAILS_SEPARATOR + servers,
                dataCenters + SceneFrame.DETAILS_SEPARATOR + servers,
                dcs + SceneFrame.DETAILS_SEPARATOR + servers,
                servers}) {
            if (s.textWidth(form, font) <= maxWidth) {
                return form;
            }
        }
        return CanvasFonts.fitted(s, servers, font, maxWidth);
    }
}
