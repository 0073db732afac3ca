package org.upright.planner.ui.week;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * The planner's keyboard shortcuts: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac).
 * Not Vaadin's own shortcut API: that would also fire while someone is typing in a field, where
 * Ctrl+Z must keep undoing the typing, and behind an open dialog. So a small key listener on the
 * page leaves text fields and dialogs alone and calls the server only for the planner's keys.
 */
class UndoKeys extends Div {

    private static final String LISTEN = """
            const owner = this;
            if (owner.__uprightUndoKeys) {
              document.removeEventListener('keydown', owner.__uprightUndoKeys);
            }
            const handler = event => {
              if (!owner.isConnected) {
                document.removeEventListener('keydown', handler);
                return;
              }
              if (!(event.ctrlKey || event.metaKey) || event.altKey) {
                return;
              }
              const key = event.key.toLowerCase();
              if (key !== 'z' && key !== 'y') {
                return;
              }
              const typing = event.composedPath().some(node => node instanceof HTMLElement
                  && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)));
              const dialogOpen = document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]');
              if (typing || dialogOpen) {
                return;
              }
              event.preventDefault();
              owner.$server.pressed(key === 'y' || event.shiftKey ? 'redo' : 'undo');
            };
            owner.__uprightUndoKeys = handler;
            document.addEventListener('keydown', handler);
            """;

    private final Runnable undo;
    private final Runnable redo;

    UndoKeys(Runnable undo, Runnable redo) {
        this.undo = undo;
        this.redo = redo;
        addClassName("undo-keys");
        getElement().setAttribute("hidden", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(LISTEN);
    }

    @ClientCallable
    void pressed(String which) {
        if ("redo".equals(which)) {
            redo.run();
        } else {
            undo.run();
        }
    }
}
