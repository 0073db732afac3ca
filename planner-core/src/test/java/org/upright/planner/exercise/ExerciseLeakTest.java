package org.upright.planner.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ReflectionUtils;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.PublicBeanMethods;
import org.upright.planner.account.AccountSummary;

/**
 * No bean a screen can be given shows a stranger another coach's private exercise, or an exercise
 * its coach deleted. Derived from the code: every public method of every bean in the core that
 * other code can reach ({@link PublicBeanMethods}) and that takes one text (a slug) and answers
 * with an exercise is asked, as a lifter and as a coach who
 * have nothing to do with the exercise's owner. A new lookup method is probed without anyone
 * adding it here.
 */
@DatabaseTest
class ExerciseLeakTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    People people;

    @Test
    void noBeanShowsAStrangerAnotherCoachsPrivateOrDeletedExercise() {
        AccountSummary owner = people.coach("Owner Coach");
        String token = UUID.randomUUID().toString().substring(0, 8);
        CustomExercise kept = add(owner, "Kept secret " + token);
        CustomExercise deleted = add(owner, "Deleted secret " + token);
        people.as(owner, () -> catalog.delete(deleted.slug(), deleted.version()));
        AccountSummary strangerLifter = people.lifter("Stranger Lifter");
        AccountSummary strangerCoach = people.coach("Stranger Coach");

        Map<String, Object> leaks = new LinkedHashMap<>();
        List<String> probed = new ArrayList<>();
        slugLookups().forEach((name, call) -> {
            probed.add(name);
            for (AccountSummary stranger : List.of(strangerLifter, strangerCoach)) {
                for (String slug : List.of(kept.slug(), deleted.slug())) {
                    Object answer = people.as(stranger, () -> call.apply(slug));
                    if (answer != null && !(answer instanceof Optional<?> o && o.isEmpty())) {
                        leaks.put(name + "(" + slug + ") as " + stranger.displayName(), answer);
                    }
                }
            }
        });

        assertThat(probed).as("the probe found the catalogue's own lookup").contains("ExerciseCatalog.find");
        assertThat(leaks).as("exercises shown to strangers").isEmpty();
    }

    interface SlugCall {
        Object apply(String slug);
    }

    /**
     * Every public one-text method answering with an exercise, on the beans of the core as other
     * code can reach them ({@link PublicBeanMethods}).
     */
    private Map<String, SlugCall> slugLookups() {
        Map<String, SlugCall> calls = new LinkedHashMap<>();
        for (PublicBeanMethods.BeanMethod beanMethod : PublicBeanMethods.of(context)) {
            Method method = beanMethod.method();
            if (method.getParameterCount() != 1
                    || method.getParameterTypes()[0] != String.class
                    || !answersWithAnExercise(method.getGenericReturnType())) {
                continue;
            }
            Object bean = context.getBean(beanMethod.beanClass());
            Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            ReflectionUtils.makeAccessible(invocable);
            calls.put(beanMethod.beanClass().getSimpleName() + "." + method.getName(), slug -> {
                try {
                    return invocable.invoke(bean, slug);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof AccessDeniedException) {
                        return null;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return calls;
    }

    private static boolean answersWithAnExercise(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            type = p.getActualTypeArguments()[0];
        }
        return type == Exercise.class || type == CustomExercise.class;
    }

    private CustomExercise add(AccountSummary coach, String name) {
        return people.as(
                coach,
                () -> catalog.add(new ExerciseDraft(
                        name,
                        Set.of(Equipment.NONE),
                        false,
                        MovementPattern.SCAPULAR_STABILITY,
                        Set.of(),
                        DoseType.REPS,
                        3,
                        10,
                        12,
                        List.of("Squeeze the shoulder blades together."),
                        "Wakes up the upper back.",
                        "")));
    }
}
