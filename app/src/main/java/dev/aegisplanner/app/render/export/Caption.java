package dev.aegisplanner.app.render.export;

import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextBaseline;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.TierHeadlines;
import dev.aegisplanner.model.topology.Scenario;

/**
 * The caption above an exported path, where the editor would show the trace panel: the scenario's name, its
 * tier in the tier's colour with the headline and where the connection egresses, and its description. A
 * picture in a README or a ticket has to say what it shows by itself.
 */
final class Caption {

    /** The band the caption takes above the drawing. */
    static final double HEIGHT = 78;

    private static final FontSpec TITLE = FontSpec.bold(18);
    private static final FontSpec TIER = FontSpec.bold(11);
    private static final FontSpec LINE = FontSpec.regular(13);

    private Caption() {
    }

    static void paint(Surface s, Scenario scenario, TraceResult trace, CanvasPalette p, double left, double width) {
        s.save();
        s.setTransform(1, 0, 0);
        s.beginGroup("caption", null);
        s.setTextBaseline(TextBaseline.BASELINE);
        s.setFont(TITLE);
        s.setFill(p.text());
        double room = width - 2 * left;
        s.fillText(fitted(s, scenario.displayName() + "  (" + scenario.id() + ")", TITLE, room), left, 38);

        String tier = trace.tier().name();
        double pill = s.textWidth(tier, TIER) + 16;
        Rgba color = TierColors.of(trace.tier());
        s.setFill(color);
        s.fillRoundRect(left, 50, pill, 20, 20, 20);
        s.setFont(TIER);
        s.setFill(TierColors.ON_TIER);
        s.fillText(tier, left + 8, 64);
        s.setFont(LINE);
        s.setFill(p.text());
        s.fillText(fitted(s, outcome(trace), LINE, room - pill - 10), left + pill + 10, 65);
        if (scenario.description() != null && !scenario.description().isBlank()) {
            s.setFill(p.mutedText());
            s.fillText(fitted(s, scenario.description(), LINE, room), left, 88);
        }
        s.endGroup();
        s.restore();
    }

    /** The text cut at a word with an ellipsis when it is wider than the picture. */
    private static String fitted(Surface s, String text, FontSpec font, double maxWidth) {
        String shown = text;
        while (s.textWidth(shown, font) > maxWidth && shown.contains(" ")) {
            shown = shown.substring(0, shown.lastIndexOf(' ')).stripTrailing() + "…";
        }
        return shown;
    }

    /** "Forwarded to another location: egress 198.51.100.7 on fra2-s1 (FRA-2, FRA)". */
    private static String outcome(TraceResult trace) {
        String headline = TierHeadlines.of(trace.tier());
        Endpoint egress = trace.egress();
        if (egress == null) {
            return headline;
        }
        String address = egress.ip() == null ? "a shared address" : egress.ip();
        return headline + ": egress " + address + " on " + egress.server() + " (" + egress.dataCenter() + ", "
                + egress.location() + ")";
    }
}
