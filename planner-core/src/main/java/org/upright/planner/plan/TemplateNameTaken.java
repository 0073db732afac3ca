package org.upright.planner.plan;

/** The coach already has a template of that name; saving again asks to replace it. */
public class TemplateNameTaken extends PlanEditRejected {

    private final String name;

    public TemplateNameTaken(String name) {
        super("You already have a template called “" + name + "”.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
