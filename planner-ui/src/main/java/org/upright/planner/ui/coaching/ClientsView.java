package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.TimeZoneService;
import org.upright.planner.accountdata.AccountDeletion;
import org.upright.planner.coaching.AttentionReason;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.coaching.PainTrend;
import org.upright.planner.coaching.RosterService;
import org.upright.planner.common.Quantities;
import org.upright.planner.review.BulkReviewJobs;
import org.upright.planner.review.ReviewRhythms;
import org.upright.planner.ui.accountdata.NoticesPanel;
import org.upright.planner.ui.i18n.ReaderText;
import org.upright.planner.ui.review.BulkReviewDialog;
import org.upright.planner.ui.review.BulkReviewPanel;

/**
 * A coach's start page: the roster of clients with this week's balance, adherence, pain trend and
 * red flags; sortable, searchable, with a "needs attention" filter. A row opens the client's week.
 */
@Route("clients")
@RolesAllowed("COACH")
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.clients.pageTitle");
    }

    final Grid<ClientRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox needsAttention = new Checkbox(getTranslation("coaching.clients.needsAttentionOnly"));
    private final List<ClientRow> rows;
    private final Clock clock;
    private final TimeZoneService zones;

    public ClientsView(
            AccountService accounts,
            RosterService roster,
            CoachingService coaching,
            BulkReviewJobs bulk,
            Clock clock,
            TimeZoneService zones,
            AccountDeletion notices,
            ReviewRhythms rhythms) {
        this.clock = clock;
        this.zones = zones;
        addClassNames("upright-page", "wide");
        rows = roster.roster();

        H2 title = new H2(getTranslation("coaching.clients.title", accounts.me().displayName()));
        Button invite = new Button(
                getTranslation("coaching.invite.title"),
                VaadinIcon.ENVELOPE_O.create(),
                click -> new InviteDialog(coaching).open());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setId("invite");
        BulkReviewPanel bulkReviews = new BulkReviewPanel(bulk);
        Button downloadReviews = new Button(
                getTranslation("bulkreview.dialog.title"),
                VaadinIcon.DOWNLOAD.create(),
                click -> new BulkReviewDialog(
                                bulk,
                                grid.getSelectedItems().stream()
                                        .map(ClientRow::lifterId)
                                        .toList(),
                                grid.getSelectedItems().isEmpty()
                                        ? rows.size()
                                        : grid.getSelectedItems().size(),
                                zones.myToday(),
                                bulkReviews::refresh)
                        .open());
        downloadReviews.setId("bulk-reviews-open");
        downloadReviews.setEnabled(!rows.isEmpty());
        downloadReviews.setTooltipText(getTranslation("coaching.clients.downloadTooltip"));
        FlexLayout actions = new FlexLayout(downloadReviews, invite);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        FlexLayout header = new FlexLayout(title, actions);
        header.setJustifyContentMode(FlexLayout.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexLayout.Alignment.CENTER);
        header.setWidthFull();
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        search.setPlaceholder(getTranslation("coaching.clients.search"));
        search.setAriaLabel(getTranslation("coaching.clients.searchLabel"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> refresh());
        needsAttention.addValueChangeListener(e -> refresh());
        long attentionCount = rows.stream().filter(ClientRow::needsAttention).count();
        needsAttention.setLabel(getTranslation("coaching.clients.needsAttentionCount", attentionCount));
        FlexLayout filters = new FlexLayout(search, needsAttention);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        configureGrid();
        ReviewDueColumn.addTo(
                grid, rhythms.schedules(rows.stream().map(ClientRow::lifterId).toList()));
        add(header, new NoticesPanel(notices), filters);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.clients.none")));
        }
        add(bulkReviews, grid, new PendingInvitations(coaching, zones.myZone()));
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // Ticking clients picks them for "Download reviews"; a click elsewhere on the row opens the week.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("coaching.clients.client"))
                .setComparator(Comparator.comparing(ClientRow::name, String.CASE_INSENSITIVE_ORDER))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> ratio(r.pushPullRatio()) + " / 1 : " + number(r.pushPullTarget()))
                .setHeader(getTranslation("coaching.clients.pushPull"))
                .setComparator(Comparator.comparingDouble(r -> r.pushPullRatio().orElse(Double.MAX_VALUE)))
                .setSortable(true)
                .setAutoWidth(true)
                .setPartNameGenerator(r -> r.attention().contains(AttentionReason.RATIO_BELOW_TARGET) ? "short" : null);
        // A paused plan (red flag open) has no score to show: "100" would read as "all is well".
        grid.addColumn(r -> r.redFlag() ? getTranslation("ui.week.paused") : Integer.toString(r.score()))
                .setHeader(getTranslation("coaching.clients.score"))
                .setComparator(Comparator.comparingInt(r -> r.redFlag() ? -1 : r.score()))
                .setSortable(true);
        grid.addColumn(r -> r.mobilitySessions() + " / " + r.mobilityTarget())
                .setHeader(getTranslation("coaching.clients.mobility"))
                .setComparator(Comparator.comparingInt(ClientRow::mobilitySessions))
                .setSortable(true)
                .setPartNameGenerator(r -> r.mobilitySessions() < r.mobilityTarget() ? "short" : null);
        grid.addColumn(r -> percent(r.thoracicWarmUpCompliance()))
                .setHeader(getTranslation("coaching.clients.warmUp"))
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(
                        r -> r.thoracicWarmUpCompliance().orElse(-1)))
                .setSortable(true);
        grid.addColumn(r -> percent(r.adherence()))
                .setHeader(getTranslation("coaching.clients.adherence"))
                .setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(r -> r.adherence().orElse(-1)))
                .setSortable(true);
        grid.addColumn(r -> painTrend(r.painTrend()))
                .setHeader(getTranslation("coaching.clients.pain"))
                .setComparator(Comparator.comparing(ClientRow::painTrend))
                .setSortable(true);
        grid.addColumn(r -> lastActivity(r.lastActivity().orElse(null)))
                .setHeader(getTranslation("coaching.clients.lastActivity"))
                .setAutoWidth(true)
                .setComparator(Comparator.comparing(r -> r.lastActivity().orElse(Instant.EPOCH)))
                .setSortable(true);
        grid.addColumn(r -> r.attention().stream().map(ReaderText::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("coaching.clients.needsAttention"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> {
            if (click.getColumn() == null) {
                return; // the tick box: selecting, not opening
            }
            grid.getUI()
                    .ifPresent(ui -> ui.navigate(
                            ClientWeekView.class,
                            new RouteParameters(
                                    "lifterId", Long.toString(click.getItem().lifterId()))));
        });
    }

    private void refresh() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream()
                .filter(r -> !needsAttention.getValue() || r.needsAttention())
                .filter(r -> text.isEmpty()
                        || r.name().toLowerCase(Locale.ROOT).contains(text)
                        || r.email().toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private Span nameCell(ClientRow row) {
        Span name = new Span(row.name());
        if (row.redFlag()) {
            Span badge = new Span(getTranslation("coaching.clients.redFlag"));
            badge.addClassName("red-badge");
            badge.getElement().setAttribute("title", getTranslation("coaching.clients.redFlag.title"));
            Span cell = new Span(badge, name);
            cell.addClassName("client-name");
            return cell;
        }
        return name;
    }

    private String lastActivity(Instant at) {
        if (at == null) {
            return getTranslation("coaching.clients.never");
        }
        return getTranslation(
                "coaching.clients.daysAgo",
                Duration.between(at, clock.instant()).toDays());
    }

    private String ratio(OptionalDouble r) {
        return r.isPresent() ? "1 : " + number(r.getAsDouble()) : getTranslation("coaching.clients.noPressing");
    }

    /** A share as the reader writes a percentage ("80%", "80 %"). */
    private String percent(OptionalDouble share) {
        return share.isPresent() ? Quantities.percent(share.getAsDouble(), getLocale()) : "–";
    }

    private String painTrend(PainTrend trend) {
        return trend == PainTrend.UNKNOWN ? "–" : getTranslation("coaching.clients.pain." + trend.name());
    }

    /** At most two decimals, in the reader's notation ("1.5", "1,5"). */
    private String number(double value) {
        return Quantities.number(value, getLocale());
    }
}
