package org.upright.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.planner.DatabaseTest;
import org.upright.planner.common.TypedText;

@DatabaseTest
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static String uniqueEmail() {
        return "lifter-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void signUpStoresTheAccountWithAHashedPasswordAndANormalisedEmail() {
        String email = uniqueEmail();

        AccountSummary created = accounts.createConfirmed(
                new SignUpCommand("  " + email.toUpperCase() + " ", GOOD_PASSWORD, " Alex ", Role.LIFTER));

        assertThat(created.email()).isEqualTo(email);
        assertThat(created.displayName()).isEqualTo("Alex");
        assertThat(created.role()).isEqualTo(Role.LIFTER);
        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, hash)).isTrue();
    }

    @Test
    void signUpNamesEveryInvalidFieldAndStoresNothing() {
        long before = countAccounts();

        assertThatThrownBy(() -> accounts.createConfirmed(new SignUpCommand("not-an-address", "short", "  ", null)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.fieldErrors())
                                .containsOnlyKeys(
                                        SignUpRejected.EMAIL,
                                        SignUpRejected.PASSWORD,
                                        SignUpRejected.DISPLAY_NAME,
                                        SignUpRejected.ROLE));
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void aNameWithAnInvisibleNulIsRefusedAtTheNameAndNothingIsStored() {
        long before = countAccounts();

        assertThatThrownBy(() -> accounts.createConfirmed(
                        new SignUpCommand(uniqueEmail(), GOOD_PASSWORD, "Sa\u0000m", Role.LIFTER)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.reasons())
                                .containsOnlyKeys(SignUpRejected.DISPLAY_NAME)
                                .containsValue(TypedText.HAS_NUL));
        assertThat(countAccounts()).isEqualTo(before);
    }

    // Upright's mail goes out without SMTPUTF8, which most servers do not offer: an address with
    // letters beyond ASCII could never receive its verification or reset link (docs/adr/0022).
    @Test
    void anAddressWithLettersBeyondAsciiIsRefusedAtTheFieldAndNothingIsStored() {
        long before = countAccounts();

        for (String address : List.of("jürgen-" + UUID.randomUUID() + "@example.com", "sam@exämple.com")) {
            assertThatThrownBy(() ->
                            accounts.createConfirmed(new SignUpCommand(address, GOOD_PASSWORD, "Sam", Role.LIFTER)))
                    .isInstanceOfSatisfying(
                            SignUpRejected.class,
                            rejected -> assertThat(rejected.fieldErrors())
                                    .containsOnlyKeys(SignUpRejected.EMAIL)
                                    .hasValueSatisfying(new Condition<>(
                                            message -> message.contains("a–z"), "names the letters that work")));
        }
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void passwordsNeedTwelveCharacters() {
        assertThatThrownBy(() ->
                        accounts.createConfirmed(new SignUpCommand(uniqueEmail(), "elevenchars", "Sam", Role.COACH)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.fieldErrors()).containsOnlyKeys(SignUpRejected.PASSWORD));

        AccountSummary ok =
                accounts.createConfirmed(new SignUpCommand(uniqueEmail(), "twelve chars", "Sam", Role.COACH));
        assertThat(ok.role()).isEqualTo(Role.COACH);
    }

    @Test
    void anEmailCanOnlyBeUsedOnceWhateverItsCase() {
        String email = uniqueEmail();
        accounts.createConfirmed(new SignUpCommand(email, GOOD_PASSWORD, "First", Role.LIFTER));

        assertThatThrownBy(() -> accounts.createConfirmed(
                        new SignUpCommand(email.toUpperCase(), GOOD_PASSWORD, "Second", Role.LIFTER)))
                .isInstanceOfSatisfying(
                        SignUpRejected.class,
                        rejected -> assertThat(rejected.fieldErrors().get(SignUpRejected.EMAIL))
                                .contains("already exists"));
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneDoesNot() {
        String email = uniqueEmail();
        accounts.createConfirmed(new SignUpCommand(email, GOOD_PASSWORD, "Robin", Role.LIFTER));

        Authentication ok = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD));

        assertThat(ok.getPrincipal()).isInstanceOfSatisfying(SignedInAccount.class, principal -> {
            assertThat(principal.email()).isEqualTo(email);
            assertThat(principal.role()).isEqualTo(Role.LIFTER);
            assertThat(principal.getPassword()).as("hash erased after sign-in").isNull();
        });
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong password!")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveFailuresLockTheAddressEvenAgainstTheRightPassword() {
        String email = uniqueEmail();
        accounts.createConfirmed(new SignUpCommand(email, GOOD_PASSWORD, "Kim", Role.LIFTER));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(email, "guess number one")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD)))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void unknownAddressesLockExactlyLikeRealOnesSoNothingIsRevealed() {
        String unknown = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(unknown, "guess number two")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(unknown, "guess number two")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        String email = uniqueEmail();
        accounts.createConfirmed(new SignUpCommand(email, GOOD_PASSWORD, "Jo", Role.LIFTER));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(email, "nearly right pw")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD));

        assertThatThrownBy(() -> authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, "nearly right pw")))
                .as("the count started again, so this is failure 1, not 5")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticationManager
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void readingOnesOwnAccountNeedsASignIn() {
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long countAccounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }
}
