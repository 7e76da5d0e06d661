package studio.thresho.prompt;

import studio.thresho.asset.FragmentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Assembles the provider-neutral prompt (FR-6.3): one subject section per talent, the shot's
 * description and camera work, then setting, lighting, props, camera, style and brand; phrases said twice removed; fitted to the provider's
 * length; plus the negative prompt and the reference images the provider can take. Pure: no I/O.
 */
@Component
public class PromptAssembler {

    private final PhraseDeduplicator deduplicator = new PhraseDeduplicator();

    public PromptResult assemble(PromptRequest request) {
        ProviderProfile provider = request.provider();
        Fragments fragments = new Fragments(request.fragmentsByVersionId(), provider.providerId());
        List<SectionDraft> drafts = deduplicator.deduplicate(midSentence(drafts(request, fragments), names(request)));
        LengthBudget.Fitted fitted = new LengthBudget(provider.maxPromptLength()).fit(drafts);
        List<ReferenceImage> candidates = ReferencePicker.candidates(request);
        int sent = provider.imageReferences() ? Math.min(provider.maxReferences(), candidates.size()) : 0;
        return new PromptResult(fitted.sections(), fitted.prompt(), negativePrompt(request), candidates.subList(0, sent),
                candidates.subList(sent, candidates.size()), fitted.trimmed());
    }

    private static List<SectionDraft> drafts(PromptRequest request, Fragments fragments) {
        String shotFraming = Framing.ofShotType(request.shot());
        List<SectionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < request.talents().size(); i++) {
            // The shot's framing is the first talent's: "A medium shot of Marcus ..."
            drafts.add(SubjectClause.of(request.talents().get(i), i == 0 ? shotFraming : null, fragments));
        }
        if (request.shot() != null) {
            drafts.add(shotDescription(request.shot()));
            drafts.add(ShotClause.of(request.shot(), request.talents().isEmpty() ? shotFraming : null));
        }
        if (request.environment() != null) {
            drafts.add(SettingClause.of(request.environment(), fragments));
        }
        if (request.lighting() != null) {
            drafts.add(LightingClause.of(request.lighting(), fragments));
        }
        drafts.add(PropsClause.of(request.props(), fragments));
        drafts.add(CameraClause.of(request.camera(), fragments.allOf(request.selectedAssets(), FragmentType.TECHNICAL), fragments));
        drafts.add(StyleClause.of(request.style(), fragments.allOf(request.selectedAssets(), FragmentType.STYLE), request.brand(),
                fragments));
        if (request.brand() != null) {
            drafts.add(BrandClause.of(request.brand()));
        }
        return drafts;
    }

    /** Every part but the names as it reads inside a sentence (see {@link Capitals}). */
    private static List<SectionDraft> midSentence(List<SectionDraft> drafts, Set<String> names) {
        return drafts.stream().map(draft -> draft.withParts(draft.parts().stream().map(part -> {
            if (isName(part)) {
                return part;
            }
            String text = Capitals.midSentence(part.text(), names, part.key().equals("identity"));
            return text == null ? null : part.withText(text);
        }).toList())).toList();
    }

    private static boolean isName(Part part) {
        return part.key().equals("name") || part.key().startsWith("name.") || part.key().equals("trigger");
    }

    private static Set<String> names(PromptRequest request) {
        Set<String> names = new HashSet<>();
        request.selectedAssets().forEach(asset -> names.add(FieldValues.name(asset)));
        if (request.brand() != null && Text.clean(request.brand().name()) != null) {
            names.add(Text.clean(request.brand().name()));
        }
        return names;
    }

    /** What happens in the shot, after the talent it happens to. */
    private static SectionDraft shotDescription(ShotSpec shot) {
        return SectionDraft.of(SectionKind.SUBJECT, null, List.of(Part.kept("description", Text.embedded(shot.description()))),
                parts -> Text.sentence(parts.get("description")));
    }

    /** The brand's negative terms, for providers that take a negative prompt; {@code null} for the others. */
    private static String negativePrompt(PromptRequest request) {
        if (!request.provider().negativePrompt()) {
            return null;
        }
        String terms = request.brand() == null ? null : Text.clean(request.brand().negativeTerms());
        return terms == null ? "" : terms;
    }
}
