package org.upright.planner.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.upright.planner.account.Role;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.ui.account.SentMailView;
import org.upright.planner.ui.account.SettingsView;
import org.upright.planner.ui.accountdata.YourDataView;
import org.upright.planner.ui.coach.MyCoachView;
import org.upright.planner.ui.coaching.ClientsView;
import org.upright.planner.ui.journal.JournalView;
import org.upright.planner.ui.library.ExerciseLibraryView;
import org.upright.planner.ui.review.MyReviewView;
import org.upright.planner.ui.week.MyWeekView;

/** The frame around every signed-in screen: brand, who is signed in, sign-out, navigation. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, TimeZoneService zones) {
        SignedInAccount me = authentication
                .getAuthenticatedUser(SignedInAccount.class)
                .orElseThrow(() -> new IllegalStateException("the layout is only shown to signed-in users"));

        Span brand = new Span(getTranslation("ui.app.name"));
        brand.addClassName("upright-brand");
        Span who = new Span(me.displayName());
        who.getElement().setAttribute("aria-label", getTranslation("ui.shell.signedInAs", me.displayName()));
        Button signOut = new Button(
                getTranslation("ui.shell.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(brand, who, signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.setWidthFull();
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        if (me.is(Role.LIFTER)) {
            nav.addItem(new SideNavItem(
                    getTranslation("ui.shell.nav.myWeek"), MyWeekView.class, VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("ui.shell.nav.journal"), JournalView.class, VaadinIcon.NOTEBOOK.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("ui.shell.nav.myReview"), MyReviewView.class, VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("ui.shell.nav.myCoach"), MyCoachView.class, VaadinIcon.USER_CHECK.create()));
        }
        if (me.is(Role.COACH)) {
            nav.addItem(new SideNavItem(
                    getTranslation("ui.shell.nav.clients"), ClientsView.class, VaadinIcon.GROUP.create()));
        }
        nav.addItem(new SideNavItem(
                getTranslation("ui.shell.nav.library"), ExerciseLibraryView.class, VaadinIcon.BOOK.create()));
        nav.addItem(
                new SideNavItem(getTranslation("ui.shell.nav.settings"), SettingsView.class, VaadinIcon.COG.create()));
        nav.addItem(new SideNavItem(
                getTranslation("accountdata.view.title"), YourDataView.class, VaadinIcon.ARCHIVE.create()));
        nav.addItem(new SideNavItem(
                getTranslation("account.sentMail.nav"), SentMailView.class, VaadinIcon.ENVELOPE_O.create()));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        // The planner needs the width; the menu is one tap away.
        setDrawerOpened(false);
        BrowserZone.adopt(UI.getCurrent(), zones);
    }
}
