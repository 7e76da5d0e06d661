package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import studio.thresho.asset.AssetDetail;

/**
 * One talent's subject section: who they are and what they wear, then what they do in this shot.
 * Written with the talent's name rather than a pronoun, since the library does not record gender.
 */
final class SubjectClause {

    private SubjectClause() {
    }

    /**
     * @param shotFraming the shot list's framing, used when the talent's own position names none
     */
    static SectionDraft of(TalentPick pick, String shotFraming, Fragments fragments) {
        AssetDetail talent = pick.talent();
        TalentContext context = pick.context();
        String name = FieldValues.name(talent);
        Framing.Split position = Framing.ofPosition(context.position());
        String identity = FieldValues.text(talent, "physical_description");
        String wardrobe = Text.embedded(context.wardrobeOverride());
        List<Part> parts = List.of(
                Part.fixed("framing", position.framing() != null ? position.framing() : shotFraming),
                Part.fixed("trigger", pick.trigger()),
                Part.fixed("name", name),
                Part.fixed("identity", fragments.base(talent, Text.personArticle(identity != null ? identity : FieldValues.text(talent, "description")))),
                secondary("features", FieldValues.text(talent, "distinguishing_features"), name, "distinguishing features"),
                Part.kept("wardrobe", wardrobe != null ? wardrobe : FieldValues.text(talent, "default_wardrobe")),
                Part.kept("action", Text.embedded(context.action())),
                Part.kept("expression", Text.embedded(context.expression())),
                Part.kept("position", position.rest()),
                secondary("interaction", Text.embedded(context.interaction()), name, "interaction"),
                secondary("persona", FieldValues.text(talent, "persona"), name, "persona"));
        return SectionDraft.of(SectionKind.SUBJECT, talent.versionId(), parts, SubjectClause::render);
    }

    private static Part secondary(String key, String text, String name, String what) {
        return Part.trimmable(key, text, TrimStage.SECONDARY_TALENT_DETAILS, Text.possessive(name) + " " + what);
    }

    private static String render(SectionDraft.Parts parts) {
        String name = parts.get("name");
        String framing = parts.get("framing");
        // a LoRA's trigger word calls up the trained face where the talent is first named; in brackets it keeps its case
        String named = parts.get("trigger") == null ? name : name + " (" + parts.get("trigger") + ")";
        String who = Text.sentence(
                framing == null ? named : Text.withArticle(framing) + " of " + named,
                parts.get("identity"),
                Text.prefixed("with", parts.get("features")),
                Text.prefixed("wearing", parts.get("wardrobe")));
        String persona = parts.get("persona");
        String personaSentence = persona == null ? "" : Text.sentence(name + " comes across as " + Text.lowerFirst(persona));
        return who + " " + Text.sentence(doing(name, parts)) + " " + personaSentence;
    }

    /** "Marcus is carefully fading ..., expression focused, positioned facing camera": whichever is given leads with the name. */
    private static List<String> doing(String name, SectionDraft.Parts parts) {
        String action = parts.get("action");
        String expression = parts.get("expression");
        String position = parts.get("position");
        String interaction = parts.get("interaction");
        List<String> clauses = new ArrayList<>();
        if (action != null) {
            clauses.add(name + " is " + action);
        } else if (position != null) {
            clauses.add(name + " is " + (verbFirst(position) ? position : "positioned " + position));
            position = null;
        } else if (interaction != null) {
            clauses.add(name + " is " + interaction);
            interaction = null;
        } else if (expression != null) {
            return List.of(Text.possessive(name) + " expression is " + expression);
        }
        if (expression != null) {
            clauses.add("expression " + expression);
        }
        // After the expression, "positioned" marks where the position starts: "..., slight smile, positioned facing camera".
        clauses.add(position == null || Text.firstWord(position).endsWith("ed") ? position : "positioned " + position);
        clauses.add(interaction);
        return clauses;
    }

    /** "facing camera", "seated at the bar": a position that reads after "Marcus is" on its own. */
    private static boolean verbFirst(String position) {
        String first = Text.firstWord(position);
        return first.endsWith("ing") || first.endsWith("ed");
    }
}
