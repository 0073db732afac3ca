package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.WeightUnit;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight_unit", nullable = false)
    private WeightUnit weightUnit = WeightUnit.KG;

    /** An IANA zone id, or null while the person has never told us one (docs/adr/0021). */
    @Column(name = "time_zone")
    private String timeZone;
    /** A language tag ("de"); null until the first signed-in visit stores the browser's (V15). */
    @Column(name = "language")
    private String language;

    /** When the owner followed the link mailed to the address; null until then (V22, docs/adr/0024). */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String passwordHash, String displayName, Role role, Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    String email() {
        return email;
    }

    public WeightUnit weightUnit() {
        return weightUnit;
    }

    public void changeWeightUnit(WeightUnit unit) {
        weightUnit = unit;
    }

    /** The zone the person chose or their browser reported; empty while neither happened. */
    public Optional<ZoneId> timeZone() {
        return Zones.parse(timeZone);
    }

    public void changeTimeZone(ZoneId zone) {
        timeZone = zone.getId();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    public void changeLanguage(Locale chosen) {
        language = chosen.toLanguageTag();
    }

    /** A new password (already hashed): sessions signed in with the old one end (docs/adr/0022). */
    public void changePasswordHash(String hash) {
        passwordHash = hash;
    }

    /** A new address, proven by the link mailed to it (docs/adr/0024). */
    public void changeEmail(String normalised) {
        email = normalised;
    }

    /** Whether the owner has proven the address; until then the account cannot sign in. */
    public boolean isAddressConfirmed() {
        return emailConfirmedAt != null;
    }

    /** The address counts as proven from {@code at}: for demo data and callers that vouch for it. */
    public void addressConfirmedAt(Instant at) {
        emailConfirmedAt = at;
    }

    public AccountSummary summary() {
        return new AccountSummary(id, email, displayName, role);
    }

    public SignedInAccount principal() {
        return new SignedInAccount(id, email, displayName, role, passwordHash);
    }
}
