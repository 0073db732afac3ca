package org.upright.planner.ui.week;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.upright.planner.plan.FixPreview;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * Shown when "Apply all fixes" is clicked, before anything changes: what the fixes will do, session
 * by session, and what they leave and why. Apply makes them (one step, one Undo); Cancel leaves the
 * week as it is.
 */
class FixPreviewDialog extends Dialog {

    FixPreviewDialog(FixPreview preview, Runnable apply) {
        addClassName("fix-preview-dialog");
        setId("fix-preview");
        if (preview.changesNothing()) {
            setHeaderTitle(getTranslation("planner.fixPreview.nothing"));
        } else {
            setHeaderTitle(getTranslation("planner.fixPreview.title"));
            UnorderedList changes = new UnorderedList();
            changes.setId("fix-preview-changes");
            preview.changes().forEach(line -> changes.add(new ListItem(ReaderText.render(line))));
            add(changes);
        }
        if (!preview.notFixed().isEmpty()) {
            add(new H4(getTranslation(
                    preview.changesNothing() ? "planner.fixPreview.leftWhy" : "planner.fixPreview.left")));
            UnorderedList left = new UnorderedList();
            left.setId("fix-preview-left");
            for (FixPreview.NotFixed item : preview.notFixed()) {
                Span finding = new Span(ReaderText.render(item.finding()) + ": ");
                finding.addClassName("fix-preview-finding");
                left.add(new ListItem(finding, new Span(ReaderText.render(item.reason()))));
            }
            add(left);
        }
        Button cancel = new Button(
                getTranslation(preview.changesNothing() ? "planner.common.close" : "planner.common.cancel"),
                click -> close());
        cancel.setId("fix-preview-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel);
        if (!preview.changesNothing()) {
            add(new Paragraph(getTranslation("planner.fixPreview.undo")));
            Button yes = new Button(getTranslation("planner.fixPreview.apply"), click -> {
                close();
                apply.run();
            });
            yes.setId("fix-preview-apply");
            yes.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(yes);
        }
    }
}
