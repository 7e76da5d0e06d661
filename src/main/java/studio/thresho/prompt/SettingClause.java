package studio.thresho.prompt;

import java.util.List;
import studio.thresho.asset.AssetDetail;

/** "Set in <environment>, <description>", then this shot's area, time, weather and modifications. */
final class SettingClause {

    private SettingClause() {
    }

    static SectionDraft of(EnvironmentPick pick, Fragments fragments) {
        AssetDetail environment = pick.environment();
        EnvironmentContext context = pick.context();
        String name = FieldValues.name(environment);
        String weather = Text.embedded(context.weatherOverride());
        List<Part> parts = List.of(
                Part.fixed("name", name),
                detail("description", fragments.base(environment, FieldValues.text(environment, "description")), name, "description"),
                detail("area", Text.embedded(context.area()), name, "area"),
                detail("time", time(environment, context), name, "time of day"),
                detail("weather", weather != null ? weather : FieldValues.text(environment, "weather_atmosphere"), name, "weather"),
                detail("modifications", Text.embedded(context.modifications()), name, "modifications"));
        return SectionDraft.of(SectionKind.SETTING, environment.versionId(), parts, SettingClause::render);
    }

    private static Part detail(String key, String text, String name, String what) {
        return Part.trimmable(key, text, TrimStage.ENVIRONMENT_DETAILS, Text.possessive(name) + " " + what);
    }

    /** The override replaces the environment's own time of day. */
    private static String time(AssetDetail environment, EnvironmentContext context) {
        if (context.timeOverride() != null) {
            return context.timeOverride().phrase();
        }
        String own = FieldValues.text(environment, "time_of_day");
        return TimeOfDay.ofLabel(own).map(TimeOfDay::phrase).orElse(own);
    }

    private static String render(SectionDraft.Parts parts) {
        return Text.sentence("Set in " + parts.get("name"), parts.get("description"), parts.get("area"), parts.get("time"),
                parts.get("weather"), parts.get("modifications"));
    }
}
