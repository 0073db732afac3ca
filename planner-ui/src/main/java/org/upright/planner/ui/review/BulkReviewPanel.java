package org.upright.planner.ui.review;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.upright.planner.review.BulkJobStatus;
import org.upright.planner.review.BulkReviewJobs;

/**
 * The coach's bulk download on the roster: a progress bar with Cancel while it is prepared, then
 * the ZIP to download. Push is not enabled in this application, so while a job is going the page
 * polls the server twice a second, and stops polling when the job has ended. The job may run on
 * another node: its progress comes from the database.
 */
public final class BulkReviewPanel extends Div {

    static final int POLL_MILLIS = 500;

    final ProgressBar bar = new ProgressBar();
    final Span text = new Span();
    final Button cancel = new Button(getTranslation("bulkreview.panel.cancel"));
    final Button dismiss = new Button(getTranslation("bulkreview.panel.clear"));
    final Anchor download = new Anchor();
    final UnorderedList leftOut = new UnorderedList();
    private final BulkReviewJobs bulk;
    private Registration polling;

    public BulkReviewPanel(BulkReviewJobs bulk) {
        this.bulk = bulk;
        setId("bulk-reviews");
        addClassName("bulk-reviews");
        text.setId("bulk-status");
        text.getElement().setAttribute("aria-live", "polite");
        bar.setId("bulk-progress");
        cancel.setId("bulk-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> {
            bulk.cancel();
            refresh();
        });
        dismiss.setId("bulk-dismiss");
        dismiss.addThemeVariants(ButtonVariant.TERTIARY);
        dismiss.addClickListener(click -> {
            bulk.dismiss();
            refresh();
        });
        download.setId("bulk-download");
        download.addClassName("review-download");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("bulkreview.panel.download")));
        // the download runs outside the UI's request: its one sentence is put into words here
        String gone = getTranslation("bulkreview.panel.gone");
        download.setHref(DownloadHandler.fromInputStream(event -> {
            Optional<BulkReviewJobs.StoredZip> zip = bulk.myZip();
            if (zip.isEmpty()) {
                return DownloadResponse.error(404, gone);
            }
            return new DownloadResponse(
                    zip.get().content().get(),
                    zip.get().fileName(),
                    "application/zip",
                    zip.get().size());
        }));
        add(text, bar, leftOut, download, cancel, dismiss);
        refresh();
    }

    /** Redraws from the job's status; polls while the job is going. */
    public void refresh() {
        Optional<BulkJobStatus> job = bulk.myJob();
        setVisible(job.isPresent());
        job.ifPresent(this::show);
        boolean going = job.map(BulkJobStatus::active).orElse(false);
        getUI().ifPresent(ui -> ui.setPollInterval(going ? POLL_MILLIS : -1));
    }

    private void show(BulkJobStatus job) {
        bar.setVisible(job.active());
        bar.setIndeterminate(job.state() == BulkJobStatus.State.QUEUED);
        bar.setValue(job.progress());
        cancel.setVisible(job.active());
        dismiss.setVisible(!job.active());
        download.setVisible(job.state() == BulkJobStatus.State.FINISHED);
        getElement().setAttribute("data-state", job.state().name());
        int included = job.done() - job.leftOut().size();
        text.setText(
                switch (job.state()) {
                    case QUEUED -> getTranslation("bulkreview.panel.queued", job.total());
                    case RUNNING -> getTranslation("bulkreview.panel.running", job.done(), job.total());
                    case FINISHED -> getTranslation("bulkreview.panel.finished", included);
                    case CANCELLED -> getTranslation("bulkreview.panel.cancelled");
                    case FAILED -> job.message();
                });
        leftOut.removeAll();
        job.leftOut().forEach(why -> leftOut.add(new ListItem(why)));
        leftOut.setVisible(!job.leftOut().isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }
}
