package org.upright.planner;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.upright.planner.PublicBeanMethods.BeanMethod;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.exercise.Exercise;

/** The rules {@link LifterAccessArchitectureTest} applies to one public bean method. */
final class LifterAccessRules {

    static final String PLAN_CONTENT = "takes plan content";

    /** What a week is made of; handed in by a caller, it would skip the edit's own checks. */
    static final Set<Class<?>> PLAN_CONTENT_TYPES =
            Set.of(WeekPlan.class, PlanDay.class, Session.class, Block.class, Prescription.class, Exercise.class);

    /** Ids that name a person: {@code lifterId}, {@code clientIds}, {@code ownerId}, a bare {@code id}… */
    private static final Pattern PERSON_ID =
            Pattern.compile("(lifter|client|coach|account|owner|user|member|athlete|person|people)?ids?");

    private static final Pattern COACH_ID = Pattern.compile("coach\\w*ids?");

    private LifterAccessRules() {}

    static List<String> violations(BeanMethod beanMethod) {
        Method method = beanMethod.method();
        String key = beanMethod.key();
        MethodParameter[] parameters = beanMethod.parameters();
        Parameter[] reflected = method.getParameters();
        List<String> found = new ArrayList<>();
        boolean lifterScoped = false;
        for (int i = 0; i < parameters.length; i++) {
            if (!reflected[i].isNamePresent()) {
                throw new IllegalStateException("compile with -parameters: " + key);
            }
            String name = reflected[i].getName();
            Type type = reflected[i].getParameterizedType();
            if (parameters[i].hasParameterAnnotation(LifterId.class)) {
                lifterScoped = true;
                if (!isGuardableId(type)) {
                    found.add(key + " marks " + name + " @LifterId, but the decider reads a long or a collection of"
                            + " longs, not " + type.getTypeName());
                }
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (isIdType(type) && COACH_ID.matcher(lower).matches()) {
                found.add(key + " takes a coach id (" + name + "): services take the coach from the signed-in"
                        + " caller, never as an argument");
            } else if (isIdType(type) && PERSON_ID.matcher(lower).matches()) {
                found.add(key + " takes " + name + " without @LifterId: nothing decides whether the caller may"
                        + " act for that person");
            }
            inspectType(key, name, type, found, new HashSet<>());
        }
        if (lifterScoped
                && (AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), PreAuthorize.class))) {
            found.add(key + " has @PreAuthorize beside @LifterId: one place decides, the @LifterId's decider");
        }
        return found;
    }

    /** Looks inside a parameter's type for plan content and for ids in records. */
    private static void inspectType(String key, String parameter, Type type, List<String> found, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        switch (type) {
            case Class<?> c when c.isArray() -> inspectType(key, parameter, c.getComponentType(), found, seen);
            case Class<?> c
            when PLAN_CONTENT_TYPES.contains(c) ->
                found.add(key + " " + PLAN_CONTENT + " (" + parameter + ": " + c.getSimpleName()
                        + "): pass a reference the service resolves and checks, not the content itself");
            case Class<?> c
            when c.isRecord() && c.getName().startsWith("org.upright.planner.") -> {
                for (RecordComponent component : c.getRecordComponents()) {
                    String lower = component.getName().toLowerCase(Locale.ROOT);
                    if (isIdType(component.getGenericType())
                            && (COACH_ID.matcher(lower).matches()
                                    || PERSON_ID.matcher(lower).matches())) {
                        found.add(key + " carries " + c.getSimpleName() + "." + component.getName() + " inside "
                                + parameter + ": the decider reads parameters only; pass the lifterId as its own"
                                + " @LifterId parameter");
                    }
                    inspectType(key, parameter, component.getGenericType(), found, seen);
                }
            }
            case Class<?> c
            when c.isSealed() -> {
                for (Class<?> permitted : c.getPermittedSubclasses()) {
                    inspectType(key, parameter, permitted, found, seen);
                }
            }
            case ParameterizedType p -> {
                inspectType(key, parameter, p.getRawType(), found, seen);
                for (Type argument : p.getActualTypeArguments()) {
                    inspectType(key, parameter, argument, found, seen);
                }
            }
            case GenericArrayType a -> inspectType(key, parameter, a.getGenericComponentType(), found, seen);
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    inspectType(key, parameter, bound, found, seen);
                }
            }
            case TypeVariable<?> v -> {
                for (Type bound : v.getBounds()) {
                    inspectType(key, parameter, bound, found, seen);
                }
            }
            default -> {}
        }
    }

    /** What the decider reads: one {@code long} or a collection of {@code Long}. */
    static boolean isGuardableId(Type type) {
        if (type == long.class || type == Long.class) {
            return true;
        }
        return type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && p.getActualTypeArguments()[0] == Long.class;
    }

    /** Anything that could carry account ids: integers, arrays and collections of them. */
    static boolean isIdType(Type type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return true;
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return isIdType(c.getComponentType());
        }
        return type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Iterable.class.isAssignableFrom(raw)
                && isIdType(p.getActualTypeArguments()[0]);
    }
}
