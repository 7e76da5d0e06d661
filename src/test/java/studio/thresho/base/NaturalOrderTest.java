package studio.thresho.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersCompareByValueAndLettersWithoutCase() {
        List<String> names = List.of("view-10.png", "View-2.png", "view-1.png", "view-01b.png", "a.png", "view-99999999999999999999.png");

        assertThat(names.stream().sorted(NaturalOrder.INSTANCE).toList())
                .containsExactly("a.png", "view-1.png", "view-01b.png", "View-2.png", "view-10.png", "view-99999999999999999999.png");
    }
}
