package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B as the issue asks: length, no composition rules, common and guessable passwords refused. */
class PasswordPolicyTest {

    @Test
    void aLongPhraseOfUnrelatedWordsIsAcceptedWithoutDigitsOrSymbols() {
        assertThat(PasswordPolicy.problem("amber falcon drifts west")).isEmpty();
        assertThat(PasswordPolicy.problem("copperkettleundermoonlight")).isEmpty();
    }

    @Test
    void shortPasswordsAreRefusedWhateverTheirMix() {
        assertThat(PasswordPolicy.problem("Xk#9!qL2$z")).hasValueSatisfying(reason -> assertThat(reason).contains("at least 12 characters"));
        assertThat(PasswordPolicy.problem(null)).isPresent();
    }

    @Test
    void commonAndPatternedPasswordsAreRefusedWithTheReason() {
        assertThat(PasswordPolicy.problem("password1234")).hasValueSatisfying(reason -> assertThat(reason).startsWith("This password is too easy to guess"));
        assertThat(PasswordPolicy.problem("qwertyuiopasdf")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.problem("123456789012")).isPresent();
    }

    @Test
    void theAccountsOwnNameAndTheProductNameMakeAPasswordGuessable() {
        assertThat(PasswordPolicy.problem("mayaproducer2024", "maya.producer", "Maya Producer")).isPresent();
        assertThat(PasswordPolicy.problem("threshostudio1")).isPresent();
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedRatherThanCut() {
        assertThat(PasswordPolicy.problem("amber falcon drifts west ".repeat(3))).hasValueSatisfying(reason -> assertThat(reason).contains("72 bytes"));
    }
}
