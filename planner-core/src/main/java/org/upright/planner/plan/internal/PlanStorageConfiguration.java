package org.upright.planner.plan.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.ExerciseLookup;

/** Plans refer to exercises by slug; without coaches' own exercises the built-in catalogue resolves them. */
@Configuration(proxyBeanMethods = false)
class PlanStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(ExerciseLookup.class)
    ExerciseLookup builtInExercises() {
        return BuiltInCatalog.instance();
    }
}
