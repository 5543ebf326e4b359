package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * The names and counts on the canvas read whole at the sizes a planner sees them: a location's details keep
 * their counts, a data center's name is never cut, nor is an origin's.
 */
class CanvasTextsReadWholeTest {

    private final TopologyRenderer renderer = new TopologyRenderer();

    @Test
    void every_location_card_says_its_data_centers_and_servers_whole_at_full_size() {
        Topology ocean = Samples.read("across-the-ocean.json");
        CanvasScene scene = CanvasScene.of(ocean);
        RecordedTexts drawn = drawnAt(scene, 1.0, 2600, 1200);

        assertThat(drawn.texts).anyMatch(t -> t.endsWith("1 data center · 2 servers"))
                .anyMatch(t -> t.endsWith("2 data centers · 4 servers"));
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
    }

    @Test
    void a_location_card_drawn_narrower_than_its_details_keeps_its_counts() {
        Topology ocean = Samples.read("across-the-ocean.json");
        Layout layout = Layout.copyOf(EffectiveLayout.of(ocean));
        CanvasScene scene = CanvasScene.of(ocean.withLayout(layout.with("LHR",
                layout.get("LHR").withSize(LayoutMetrics.FRAME_MIN_WIDTH, layout.get("LHR").h()))));
        RecordedTexts drawn = drawnAt(scene, 1.0, 2600, 1200);

        assertThat(drawn.texts).anyMatch(t -> t.matches("1 (data center|DC) · 2 servers"));
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
    }

    @Test
    void a_location_name_wider_than_its_card_reads_whole_above_its_data_centers() {
        String name = "Frankfurt am Main, Hanauer Landstraße";
        Topology ocean = Samples.read("across-the-ocean.json");
        // London's card is as narrow as a card with one data center gets; Frankfurt's holds two. At 40 %, the zoom
        // that fits the drawing in a 1440 x 900 window, the wider card still has room for the whole name in its
        // header; at 32 %, the fit of a 1280 x 800 window, the name is on a tag on the card's edge, on two lines.
        for (String id : new String[] {"LHR", "FRA"}) {
            CanvasScene scene = CanvasScene.of(ocean.withLocations(ocean.locations().stream()
                    .map(l -> l.id().equals(id) ? l.withName(name) : l).toList()));
            LayoutBox card = scene.frame(id).orElseThrow().box();
            for (double scale : id.equals("FRA") ? new double[] {1.0, 0.75, 0.5, 0.4, 0.32} : new double[] {1.0, 0.75, 0.5}) {
                Viewport view = view(scene, scale, (int) (2600 * scale), (int) (1200 * scale));
                RecordedTexts drawn = drawnIn(scene, view);
                // Headers are drawn in canvas units, tags on screen.
                double header = LabelPainter.showsLocationTags(scale)
                        ? view.toScreen(new LayoutBox(card.x(), card.y(), card.w(), LayoutMetrics.LOCATION_HEADER)).y()
                                + LayoutMetrics.LOCATION_HEADER * scale
                        : card.y() + LayoutMetrics.LOCATION_HEADER;

                assertThat(String.join(" ", drawn.texts)).as("%s at %s", id, scale).contains(name);
                assertThat(drawn.cut()).as("texts cut short, %s at %s", id, scale).isEmpty();
                for (int i = 0; i < drawn.texts.size(); i++) {
                    String text = drawn.texts.get(i);
                    if (name.contains(text) && ocean.locations().stream().noneMatch(l -> l.name().equals(text))) {
                        assertThat(drawn.baselines.get(i)).as("the baseline of \"%s\" at %s", text, scale)
                                .isLessThan(header - 2);
                    }
                }
                drawn.dispose();
            }
        }
    }

    @Test
    void data_center_names_read_whole_when_zoomed_out_to_the_whole_drill() {
        CanvasScene scene = CanvasScene.of(Samples.read("capacity-drill.json"));
        // The canvas's part of a 1280 x 800 window, fitted to the drawing: about 36 %.
        RecordedTexts drawn = drawnAt(scene, 0.36, 620, 320);

        assertThat(drawn.texts).contains("Frankfurt 1", "Frankfurt 2", "Amsterdam 1");
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
    }

    @Test
    void zoomed_out_a_location_tag_takes_its_frames_whole_width_before_it_cuts_the_name() {
        Topology ocean = Samples.read("across-the-ocean.json");
        CanvasScene scene = CanvasScene.of(ocean);
        RecordedTexts measure = new RecordedTexts(10, 10);
        double name = measure.surface.textWidth("Amsterdam", CanvasFonts.OVERVIEW_LABEL);
        // Just wide enough on screen for the tag (the name and its padding), not for a margin either side too.
        double scale = (name + 16) / scene.frame("AMS").orElseThrow().box().w();
        RecordedTexts drawn = drawnAt(scene, scale, 1400, 700);

        assertThat(drawn.texts).contains("Amsterdam");
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
        measure.dispose();
    }

    @Test
    void zoomed_out_a_name_on_two_lines_keeps_its_tag_however_short_its_first_line() {
        Topology ocean = Samples.read("across-the-ocean.json");
        Topology renamed = ocean.withLocations(ocean.locations().stream()
                .map(l -> l.id().equals("AMS") ? l.withName("New Amsterdam") : l).toList());
        CanvasScene scene = CanvasScene.of(renamed);
        RecordedTexts measure = new RecordedTexts(10, 10);
        double amsterdam = measure.surface.textWidth("Amsterdam", CanvasFonts.OVERVIEW_LABEL);
        // Wide enough for "Amsterdam", not for "New Amsterdam": the tag takes two lines, the first of them "New".
        double scale = (amsterdam + 16) / scene.frame("AMS").orElseThrow().box().w();
        RecordedTexts drawn = drawnAt(scene, scale, 1400, 700);

        assertThat(drawn.texts).contains("New", "Amsterdam");
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
        measure.dispose();
    }

    @Test
    void an_origins_name_reads_whole() {
        CanvasScene scene = CanvasScene.of(Samples.read("across-the-ocean.json"));
        RecordedTexts drawn = drawnAt(scene, 1.0, 3000, 1200);

        assertThat(String.join(" ", drawn.texts)).contains("Shop origin in Frankfurt");
        assertThat(drawn.cut()).as("texts cut short").isEmpty();
        drawn.dispose();
    }

    private RecordedTexts drawnAt(CanvasScene scene, double scale, int width, int height) {
        return drawnIn(scene, view(scene, scale, width, height));
    }

    private static Viewport view(CanvasScene scene, double scale, int width, int height) {
        return new Viewport(0, 0, scale, width, height).centredOn(Boxes.centerX(scene.bounds()),
                Boxes.centerY(scene.bounds()), scale);
    }

    private RecordedTexts drawnIn(CanvasScene scene, Viewport view) {
        RecordedTexts drawn = new RecordedTexts((int) view.width(), (int) view.height());
        renderer.render(drawn.surface, scene, view, RenderState.plain(CanvasPalette.DARK));
        return drawn;
    }
}
