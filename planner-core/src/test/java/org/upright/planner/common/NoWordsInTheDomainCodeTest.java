package org.upright.planner.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upright.planner.testsupport.UserFacingLiterals;

/**
 * The domain never hands out an English sentence (issue 13, docs/adr/0018): a refusal a person
 * reads carries a {@link Text} (a key of the {@code domain} bundle and its arguments) that the edge
 * renders in the reader's language. Words handed to a refusal's constructor, or dressed up as a
 * {@code Text.of} key, fail here.
 */
class NoWordsInTheDomainCodeTest {

    /** Every exception whose reason a person reads on screen: all extend {@link Refusal}. */
    static final UserFacingLiterals SCAN = UserFacingLiterals.none()
            .alsoConstructors(
                    "Refusal",
                    "AccountDeletionRejected",
                    "JournalEntryRejected",
                    "PlanEditRejected",
                    "ChangeConflict",
                    "StaleEditException",
                    "CoachingRejected",
                    "ReviewRejected",
                    "BulkJobRejected",
                    "CoachNoteRejected",
                    "BuiltInExerciseReadOnly",
                    "TemplateNameTaken",
                    "PlanPaused",
                    "ExerciseRejected",
                    "SignUpRejected")
            .alsoTextKeys();

    @Test
    void everyRefusalCarriesAKeyNotWords() {
        assertThat(SCAN.in(Path.of("src/main/java")))
                .as(
                        "throw new …Rejected(Text.of(\"domain.refused.<area>.<what>\", args…)) and add the key in 4 languages")
                .isEmpty();
    }

    /**
     * A key the domain names but no bundle holds would show as the key itself. Every whole key
     * handed to {@code Text.of} is in the English bundle (the bundle tests keep the other three
     * languages in step); a stem the code completes ({@code "….lowMissing." + unit}) is checked by
     * the tests of its rule.
     */
    @Test
    void everyKeyTheDomainNamesIsInABundle() throws IOException {
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                CompilationUnit unit = parser.parse(file).getResult().orElseThrow();
                for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                    boolean textOf = call.getNameAsString().equals("of")
                            && call.getScope()
                                    .map(Object::toString)
                                    .filter("Text"::equals)
                                    .isPresent();
                    if (textOf
                            && call.getArguments().isNonEmpty()
                            && call.getArgument(0) instanceof StringLiteralExpr key
                            && !Texts.exists(key.asString())) {
                        missing.add(file.getFileName() + ": " + key.asString());
                    }
                    // both keys of a choice between two: cond ? "domain.a" : "domain.b"
                    if (textOf && call.getArguments().isNonEmpty()) {
                        call.getArgument(0).findAll(StringLiteralExpr.class).stream()
                                .filter(k -> k.getParentNode()
                                        .filter(p -> p instanceof ConditionalExpr)
                                        .isPresent())
                                .filter(k -> !Texts.exists(k.asString()))
                                .forEach(k -> missing.add(file.getFileName() + ": " + k.asString()));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
