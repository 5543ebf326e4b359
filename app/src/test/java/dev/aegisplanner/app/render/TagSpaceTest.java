package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagSpaceTest {

    @Test
    void aLabelThatWouldCoverAnotherMovesClearOfIt() {
        TagSpace space = new TagSpace();

        assertThat(space.place(0, 100, 80, 17, -1)).isEqualTo(100);
        assertThat(space.place(40, 105, 80, 17, -1)).isLessThanOrEqualTo(100 - 17);
        assertThat(space.place(40, 105, 80, 17, 1)).isGreaterThanOrEqualTo(117);
    }

    @Test
    void labelsApartStayWhereTheyAre() {
        TagSpace space = new TagSpace();
        space.place(0, 100, 80, 17, -1);

        assertThat(space.place(200, 100, 80, 17, -1)).isEqualTo(100);
    }
}
