package org.upright.planner;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.util.ClassUtils;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.ServicesOnly;

/**
 * The public methods of the core's beans as other code can reach them, read from the running
 * context rather than from a list: for every bean of the core's main code, each public method of
 * its class (unless the class is package-private or in an {@code internal} package) and of each
 * public interface it implements outside {@code internal} packages. Left out, because they are
 * not a way in: repositories and other internal beans, which only their own feature may use
 * (Spring Modulith holds that), and types marked {@link ServicesOnly}, which screens, reports and
 * the demo may not use (planner-ui's {@code ArchitectureTest} holds that).
 */
public final class PublicBeanMethods {

    private static final String ROOT = "org.upright.planner.";

    /** One method of one bean, as reached through the bean's public types. */
    public record BeanMethod(Class<?> beanClass, Method method) {

        /** {@code WeekPlanService.week(long, LocalDate)}: the bean's class, the method, its parameters. */
        public String key() {
            return keyOf(beanClass, method);
        }

        public String feature() {
            String name = beanClass.getPackageName().substring(ROOT.length());
            int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }

        /** The method's parameters with the annotations of the class and of any interface it implements. */
        public MethodParameter[] parameters() {
            return new AnnotatedMethod(method).getMethodParameters();
        }

        public boolean isLifterScoped() {
            return Arrays.stream(parameters()).anyMatch(p -> p.hasParameterAnnotation(LifterId.class));
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private PublicBeanMethods() {}

    public static String keyOf(Class<?> beanClass, Method method) {
        return ClassUtils.getUserClass(beanClass).getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** Every public method of every bean of the core's main code, each once, sorted by key. */
    public static List<BeanMethod> of(ApplicationContext context) {
        Map<String, BeanMethod> methods = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> beanClass = ClassUtils.getUserClass(type);
            if (!isMainCode(beanClass)) {
                continue;
            }
            for (Class<?> reachable : reachableTypes(beanClass)) {
                for (Method declared : reachable.getMethods()) {
                    if (Modifier.isStatic(declared.getModifiers())
                            || declared.isSynthetic()
                            || declared.isBridge()
                            || !declared.getDeclaringClass().getName().startsWith(ROOT)) {
                        continue;
                    }
                    Method implementation = Proxy.isProxyClass(beanClass)
                            ? declared
                            : ClassUtils.getMostSpecificMethod(declared, beanClass);
                    BeanMethod method = new BeanMethod(beanClass, implementation);
                    methods.putIfAbsent(method.key(), method);
                }
            }
        }
        return List.copyOf(methods.values());
    }

    /** The public lifter-scoped methods ({@link LifterId} on a parameter), sorted by key. */
    public static List<BeanMethod> lifterScoped(ApplicationContext context) {
        return of(context).stream().filter(BeanMethod::isLifterScoped).toList();
    }

    /** The bean's class and interfaces that code outside its feature can name. */
    static Set<Class<?>> reachableTypes(Class<?> beanClass) {
        Set<Class<?>> candidates = new LinkedHashSet<>();
        if (!Proxy.isProxyClass(beanClass)) {
            for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
                candidates.add(c);
            }
        }
        candidates.addAll(ClassUtils.getAllInterfacesForClassAsSet(beanClass));
        List<Class<?>> reachable = new ArrayList<>();
        for (Class<?> candidate : candidates) {
            if (candidate.getName().startsWith(ROOT)
                    && Modifier.isPublic(candidate.getModifiers())
                    && !candidate.getPackageName().contains(".internal")
                    && !candidate.isAnnotationPresent(ServicesOnly.class)
                    && isMainCode(candidate)) {
                reachable.add(candidate);
            }
        }
        reachable.sort(Comparator.comparing(Class::getName));
        return new LinkedHashSet<>(reachable);
    }

    /** Main code, not a test's helper bean (test classes are compiled to {@code test-classes}). */
    static boolean isMainCode(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().toString().contains("/test-classes/");
    }
}
