package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.thresho.prompt.TestAssets.asset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.category.CategoryKind;

/** Rule 2: "Set in <environment>, <description>", with this shot's area, time, weather and modifications. */
class SettingClauseTest {

    private static final AssetDetail SHOP = asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of(
            "description", "A modern barbershop with exposed brick walls.",
            "time_of_day", "Morning",
            "weather_atmosphere", "sunny"));

    @Test
    void writesTheEnvironmentWithItsOwnTimeAndWeather() {
        String prompt = new TestRequest().environment(SHOP, EnvironmentContext.none()).assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Downtown Shop, a modern barbershop with exposed brick walls, in the morning, sunny.");
    }

    @Test
    void addsTheAreaAndTheModifications() {
        String prompt = new TestRequest()
                .environment(SHOP, new EnvironmentContext("near the front window", null, null, "decorated for the holidays"))
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Downtown Shop, a modern barbershop with exposed brick walls, near the front window,"
                + " in the morning, sunny, decorated for the holidays.");
    }

    @Test
    void theTimeOverrideReplacesTheEnvironmentsTimeOfDay() {
        String prompt = new TestRequest()
                .environment(SHOP, new EnvironmentContext(null, TimeOfDay.NIGHT, null, null))
                .assemble().prompt();

        assertThat(prompt).contains("at night").doesNotContain("morning");
    }

    @Test
    void theWeatherOverrideReplacesTheEnvironmentsWeather() {
        String prompt = new TestRequest()
                .environment(SHOP, new EnvironmentContext(null, null, "heavy rain against the windows", null))
                .assemble().prompt();

        assertThat(prompt).contains("heavy rain against the windows").doesNotContain("sunny");
    }

    @Test
    void anEnvironmentWithNothingButANameIsStillSet() {
        String prompt = new TestRequest()
                .environment(asset(CategoryKind.ENVIRONMENT, "Rooftop", Map.of()), EnvironmentContext.none())
                .assemble().prompt();

        assertThat(prompt).isEqualTo("Set in Rooftop.");
    }
}
