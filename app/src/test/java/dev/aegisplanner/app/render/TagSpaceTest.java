package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagSpaceTest {

    @Test
    void aLabelThatWouldCoverAnotherMovesToTheNearerFreeSide() {
        TagSpace space = new TagSpace();

        assertThat(space.place(0, 100, 80, 17, -1)).isEqualTo(100);
        assertThat(space.place(40, 105, 80, 17, -1)).as("nearer below").isGreaterThanOrEqualTo(117);
        assertThat(space.place(300, 100, 80, 17, -1)).isEqualTo(100);
        assertThat(space.place(340, 95, 80, 17, 1)).as("nearer above").isLessThanOrEqualTo(100 - 17);
    }

    @Test
    void aTieGoesTheWayAsked() {
        TagSpace space = new TagSpace();
        space.block(new dev.aegisplanner.model.topology.LayoutBox(0, 100, 80, 17));

        assertThat(space.place(0, 100, 80, 17, -1)).isLessThan(100);
    }

    @Test
    void labelsApartStayWhereTheyAre() {
        TagSpace space = new TagSpace();
        space.place(0, 100, 80, 17, -1);

        assertThat(space.place(200, 100, 80, 17, -1)).isEqualTo(100);
    }
}
