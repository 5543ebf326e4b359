package dev.aegisplanner.app.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class PictureTest {

    private final Topology retailer = Samples.read("global-retailer.json");

    @Test
    void theDrawingIsFittedToTheWidthAndTheHeightFollowsIt() {
        Picture picture = Picture.of(retailer, null, 1600);
        LayoutBox bounds = CanvasScene.of(retailer).bounds();

        assertThat(picture.width()).isEqualTo(1600);
        double scale = (1600 - 80) / bounds.w();
        assertThat((double) picture.height()).isCloseTo(bounds.h() * scale + 80, within(1.0));
        assertThat(picture.toImage().getHeight()).isEqualTo(picture.height());
    }

    @Test
    void aScenarioAddsItsCaptionAboveTheDrawing() {
        Scenario paySin = retailer.scenario("pay-sin").orElseThrow();

        assertThat(Picture.of(retailer, paySin, 1600).height()).isGreaterThan(Picture.of(retailer, null, 1600).height());
        assertThat(Picture.of(retailer, paySin, 1600).title()).isEqualTo("Global retailer: " + paySin.displayName());
        assertThat(Picture.of(retailer, paySin, 1600).description()).contains("OTHER_LOCATION");
    }

    @Test
    void aSmallTopologyIsNotBlownUpBeyondOneAndAHalf() {
        Topology small = Samples.read("same-server.json");
        LayoutBox bounds = CanvasScene.of(small).bounds();

        Picture picture = Picture.of(small, null, 8000);

        assertThat((double) picture.height()).isCloseTo(bounds.h() * 1.5 + 80, within(1.0));
    }

    @Test
    void aVeryTallDrawingIsScaledDownToThreeTimesItsWidth() {
        Topology one = Topology.empty("Column").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7,
                DataCenter.of("FRA-1", Server.of("fra1-s1")))));
        one = one.withLayout(EffectiveLayout.of(one));
        Topology column = StructureEdits.resize(one, ElementRef.location("FRA"), one.layout().get("FRA").withSize(500, 8000));
        LayoutBox bounds = CanvasScene.of(column).bounds();
        assertThat(bounds.h() / bounds.w()).as("taller than wide %s", bounds).isGreaterThan(3);

        assertThat(Picture.of(column, null, 400).height()).isLessThanOrEqualTo(1200);
    }

    @Test
    void aWidthOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> Picture.of(retailer, null, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScenarioTheEngineCannotTraceSaysWhy() {
        Scenario nowhere = new Scenario("x", null, null, "shop.retailer.example", "shop-origin", "no-such-server", null,
                null);

        assertThatThrownBy(() -> Picture.of(retailer, nowhere, 1600)).isInstanceOf(RequestException.class)
                .hasMessageContaining("no-such-server");
    }

    @Test
    void theSvgAndThePngShowTheSamePicture() {
        Picture picture = Picture.of(retailer, retailer.scenarios().get(0), 1200);

        String svg = picture.toSvg();

        assertThat(svg).contains("width=\"1200\"", "height=\"" + picture.height() + "\"")
                .contains("<title>" + picture.title() + "</title>");
        assertThat(List.of(picture.toImage().getWidth(), picture.toImage().getHeight()))
                .containsExactly(1200, picture.height());
    }
}
