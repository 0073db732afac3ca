package org.upright.planner.plan;

import org.upright.planner.common.Text;

/** The coach already has a template of that name; saving again asks to replace it. */
public class TemplateNameTaken extends PlanEditRejected {

    private final String name;

    public TemplateNameTaken(String name) {
        super(Text.of("domain.refused.plan.templateNameTaken", name));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
