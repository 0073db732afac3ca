package org.upright.planner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.ServicesOnly;

/** Rules that keep the whole application (core, reports, UI) honest. */
@AnalyzeClasses(packages = "org.upright.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    @ArchTest
    static final ArchRule everyRouteDeclaresWhoMayOpenIt = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .or()
            .areAnnotatedWith(Layout.class)
            .should(declareAccess())
            .because("a screen without an access annotation would be open, or closed, by accident");

    @ArchTest
    static final ArchRule everyPublicServiceMethodIsSecured = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .arePublic()
            .and()
            .doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should(declareWhoMayCallExactlyOnce())
            .because("the services, not the screens, are the security boundary, and one place decides"
                    + " (docs/adr/0013)");

    @ArchTest
    static final ArchRule screensReportsAndDemoNeverUseServicesOnlyTypes = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.upright.planner.ui..", "org.upright.planner.report..", "org.upright.planner.demo..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(ServicesOnly.class)
            .because("those types answer without asking who wants to know; screens go through the services");

    @ArchTest
    static final ArchRule screensAndReportsNeverTouchRepositoriesOrEntities = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.upright.planner.ui..", "org.upright.planner.report..", "org.upright.planner.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..internal..")
            .because("views and reports go through the services, which check who may do what");

    @ArchTest
    static final ArchRule coreAndReportsKnowNothingOfTheUi = noClasses()
            .that()
            .resideInAPackage("org.upright.planner..")
            .and()
            .resideOutsideOfPackages("org.upright.planner.ui..", "org.upright.planner", "org.upright.planner.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.upright.planner.ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule onlyBackgroundWorkActsAsSomeoneElse = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.upright.planner.review.BulkReviewJobs")
            .and()
            .doNotHaveFullyQualifiedName("org.upright.planner.review.ReviewAutoSender")
            .and()
            .resideOutsideOfPackage("org.upright.planner.account..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.upright.planner.account.ActingAs")
            .because(
                    "a screen or service runs as whoever is signed in; only a job a person started, or chose (a client’s automatic review), runs as them");

    @ArchTest
    static final ArchRule numberFieldsAreMadeByNumberInputs = noClasses()
            .that()
            .resideInAPackage("org.upright.planner.ui..")
            .and()
            .resideOutsideOfPackage("org.upright.planner.ui.form..")
            .should()
            .callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("a Vaadin number field's constructor") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass owner = call.getTargetOwner();
                    return owner.isAssignableTo(AbstractNumberField.class)
                            || owner.isAssignableTo(BigDecimalField.class);
                }
            })
            .because("a number field made elsewhere reads a typo such as 60- as empty, or 1e3 as 1"
                    + " (docs/adr/0010); use ui.form.NumberInputs");

    /**
     * {@code @PreAuthorize} for what is not about one lifter's data, a {@code @LifterId} parameter
     * for what is — never both, never neither.
     */
    static ArchCondition<JavaMethod> declareWhoMayCallExactlyOnce() {
        return new ArchCondition<>("be annotated with @PreAuthorize or take a @LifterId parameter, not both") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean preAuthorized = method.isAnnotatedWith(PreAuthorize.class);
                boolean lifterScoped = method.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(LifterId.class));
                if (preAuthorized == lifterScoped) {
                    events.add(SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                    + (preAuthorized
                                            ? " has both @PreAuthorize and a @LifterId parameter"
                                            : " has neither @PreAuthorize nor a @LifterId parameter")));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> declareAccess() {
        return new ArchCondition<>("be annotated with @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean declared = ACCESS_ANNOTATIONS.stream().anyMatch(item::isAnnotatedWith);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has no access annotation"));
                }
            }
        };
    }
}
