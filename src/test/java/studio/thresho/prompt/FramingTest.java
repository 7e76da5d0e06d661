package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding the framing in a position or a shot type. */
class FramingTest {

    @Test
    void splitsTheShotOffAPosition() {
        assertThat(Framing.ofPosition("medium shot, facing camera at 3/4 angle"))
                .isEqualTo(new Framing.Split("medium shot", "facing camera at 3/4 angle"));
        assertThat(Framing.ofPosition("left of frame, Close-up")).isEqualTo(new Framing.Split("close-up", "left of frame"));
        assertThat(Framing.ofPosition("A wide establishing shot")).isEqualTo(new Framing.Split("wide establishing shot", null));
        assertThat(Framing.ofPosition("behind the chair")).isEqualTo(new Framing.Split(null, "behind the chair"));
        assertThat(Framing.ofPosition(null)).isEqualTo(new Framing.Split(null, null));
    }

    @Test
    void namesAShotTypeAsAShot() {
        assertThat(Framing.ofShotType(new ShotSpec("Medium", null, null))).isEqualTo("medium shot");
        assertThat(Framing.ofShotType(new ShotSpec("Extreme close-up", null, null))).isEqualTo("extreme close-up");
        assertThat(Framing.ofShotType(new ShotSpec("POV", null, null))).isEqualTo("POV shot");
        assertThat(Framing.ofShotType(new ShotSpec(" ", null, null))).isNull();
        assertThat(Framing.ofShotType(null)).isNull();
    }
}
