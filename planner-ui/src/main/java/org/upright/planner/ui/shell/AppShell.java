package org.upright.planner.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles come as plain style sheets: a custom frontend build would need Node
 * and npm packages that these machines cannot fetch.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Upright plans balanced training weeks for a healthy upper back.")
public class AppShell implements AppShellConfigurator {}
