package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriggerWordsTest {

    @Test
    void aRareSingleTokenIsAccepted() {
        assertThat(TriggerWords.problem("mrcsx")).isEmpty();
        assertThat(TriggerWords.problem("ohwx_2")).isEmpty();
    }

    @Test
    void spacesAreRefusedBecauseKohyaReadsTheTriggerFromAFolderName() {
        assertThat(TriggerWords.problem("marcus barber")).hasValueSatisfying(problem -> assertThat(problem).contains("without spaces"));
    }

    @Test
    void commonWordsAreRefusedWithASuggestion() {
        assertThat(TriggerWords.problem("Man")).hasValueSatisfying(problem -> assertThat(problem).contains("common word").contains("\"mnx\""));
        assertThat(TriggerWords.problem("portrait")).isPresent();
    }

    @Test
    void emptyTooLongAndOddCharactersAreRefused() {
        assertThat(TriggerWords.problem(" ")).hasValue("Enter a trigger word.");
        assertThat(TriggerWords.problem("x".repeat(TriggerWords.MAX_LENGTH + 1))).hasValueSatisfying(p -> assertThat(p).contains("at most 40"));
        assertThat(TriggerWords.problem("ab")).isPresent();
        assertThat(TriggerWords.problem("mrc/sx")).hasValueSatisfying(p -> assertThat(p).contains("only letters"));
    }

    @Test
    void theSuggestionIsTheNamesConsonantsAndIsValid() {
        assertThat(TriggerWords.suggest("Marcus")).isEqualTo("mrcsx");
        assertThat(TriggerWords.suggest("Sofia Ramírez")).isEqualTo("sfrmrzx");
        assertThat(TriggerWords.problem(TriggerWords.suggest("Eve"))).isEmpty();
        assertThat(TriggerWords.problem(TriggerWords.suggest(""))).isEmpty();
    }
}
