package org.upright.planner.common;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds a method's {@link LifterId} parameters, the way the access check reads them: on the
 * method as the bean's class declares it, or on the same method of an interface or superclass
 * (so a contract such as {@code SafetyRecords} can carry the mark for every implementation).
 */
public final class LifterIdParameters {

    /** One marked parameter: its position and who may act for the lifter(s) it names. */
    public record Marked(int index, LifterId.Who who, boolean many) {}

    private static final Map<MethodClassKey, List<Marked>> CACHE = new ConcurrentHashMap<>();

    private LifterIdParameters() {}

    /**
     * The marked parameters of {@code method} as called on a bean of {@code targetClass}; empty for
     * a method that names no lifter.
     *
     * @throws IllegalStateException for a mark on a parameter that is not a {@code long}, {@code
     *     Long} or {@code Collection<Long>} — a mistake the application must not start with
     */
    public static List<Marked> of(Method method, Class<?> targetClass) {
        return CACHE.computeIfAbsent(new MethodClassKey(method, targetClass), key -> find(method, targetClass));
    }

    private static List<Marked> find(Method method, Class<?> targetClass) {
        if (!Modifier.isPublic(method.getModifiers())
                || Modifier.isStatic(method.getModifiers())
                || method.getDeclaringClass() == Object.class) {
            return List.of();
        }
        Class<?> beanClass = targetClass == null ? method.getDeclaringClass() : ClassUtils.getUserClass(targetClass);
        Method specific = AopUtils.getMostSpecificMethod(method, beanClass);
        List<Method> declarations = declarations(specific, beanClass);
        List<Marked> marked = new ArrayList<>();
        for (int i = 0; i < specific.getParameterCount(); i++) {
            for (Method declaration : declarations) {
                LifterId mark = declaration.getParameters()[i].getAnnotation(LifterId.class);
                if (mark != null) {
                    marked.add(new Marked(i, mark.value(), checkedType(declaration, i)));
                    break;
                }
            }
        }
        return List.copyOf(marked);
    }

    /** The method itself, then the same method as declared by superclasses and interfaces. */
    private static List<Method> declarations(Method specific, Class<?> beanClass) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
            types.add(c);
        }
        types.addAll(ClassUtils.getAllInterfacesForClassAsSet(beanClass));
        List<Method> found = new ArrayList<>(List.of(specific));
        for (Class<?> type : types) {
            Method declared = ReflectionUtils.findMethod(type, specific.getName(), specific.getParameterTypes());
            if (declared != null && !found.contains(declared)) {
                found.add(declared);
            }
        }
        return found;
    }

    /** Whether the parameter holds many ids; refuses types the access check cannot read. */
    private static boolean checkedType(Method method, int index) {
        Type type = method.getGenericParameterTypes()[index];
        if (type == long.class || type == Long.class) {
            return false;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && p.getActualTypeArguments()[0] == Long.class) {
            return true;
        }
        throw new IllegalStateException("@LifterId marks a long, a Long or a Collection<Long>, not "
                + type.getTypeName() + ": parameter " + index + " of " + method);
    }
}
