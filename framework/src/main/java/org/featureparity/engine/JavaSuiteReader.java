package org.featureparity.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.api.Contract;
import org.featureparity.api.FeatureSuite;
import org.featureparity.api.JdbcStoreSpec;
import org.featureparity.api.Store;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.runtime.StoreDeclaration;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** Reads a {@link FeatureSuite} class: its {@link Store} fields and {@link Contract} methods. */
final class JavaSuiteReader {

    private JavaSuiteReader() {
    }

    static boolean isSuite(Class<?> candidate) {
        return candidate.isAnnotationPresent(FeatureSuite.class) && !Modifier.isAbstract(candidate.getModifiers());
    }

    static SuiteDefinition read(Class<?> suiteClass) {
        FeatureSuite annotation = suiteClass.getAnnotation(FeatureSuite.class);
        Optional<String> migration = Optional.of(annotation.migration()).filter(m -> !m.isBlank());
        List<String> problems = new ArrayList<>();
        Map<String, StoreDeclaration> stores = stores(suiteClass, problems);
        List<GroupDefinition> groups = problems.isEmpty() ? groups(suiteClass) : List.of();
        if (problems.isEmpty() && groups.isEmpty()) {
            problems.add(suiteClass.getName() + " declares no @Contract method");
        }
        if (problems.isEmpty()) {
            groups = JavaPropertiesReader.attach(suiteClass, groups, problems);
        }
        return new SuiteDefinition(suiteClass.getName(), suiteClass.getSimpleName(), ClassSource.from(suiteClass),
                migration, stores, groups, problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)),
                suiteClass.getClassLoader());
    }

    private static Map<String, StoreDeclaration> stores(Class<?> suiteClass, List<String> problems) {
        Map<String, StoreDeclaration> stores = new LinkedHashMap<>();
        for (Field field : sorted(suiteClass.getDeclaredFields(), Field::getName)) {
            Store store = field.getAnnotation(Store.class);
            if (store == null) {
                continue;
            }
            String where = suiteClass.getName() + "." + field.getName();
            if (!store.value().equals("old") && !store.value().equals("new")) {
                problems.add(where + ": @Store role must be \"old\" or \"new\", was \"" + store.value() + "\"");
            } else if (!Modifier.isStatic(field.getModifiers()) || !JdbcStoreSpec.class.isAssignableFrom(field.getType())) {
                problems.add(where + ": a @Store field must be a static JdbcStoreSpec");
            } else if (stores.containsKey(store.value())) {
                problems.add(where + ": a second @Store(\"" + store.value() + "\")");
            } else {
                try {
                    field.setAccessible(true);
                    JdbcStoreSpec spec = (JdbcStoreSpec) field.get(null);
                    if (spec == null) {
                        problems.add(where + ": @Store field is null");
                    } else {
                        stores.put(store.value(), spec.declarationFor(store.value()));
                    }
                } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
                    problems.add(where + ": could not read the @Store field: " + e);
                }
            }
        }
        return stores;
    }

    private static List<GroupDefinition> groups(Class<?> suiteClass) {
        List<GroupDefinition> groups = new ArrayList<>();
        for (Method method : sorted(suiteClass.getDeclaredMethods(), Method::getName)) {
            if (!method.isAnnotationPresent(Contract.class)) {
                continue;
            }
            String origin = suiteClass.getName() + "#" + method.getName();
            if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
                groups.add(GroupDefinition.invalid(method.getName(), origin + ": a @Contract method must be static and take no parameters", origin));
                continue;
            }
            try {
                method.setAccessible(true);
                for (FeatureGroupContract contract : contractsOf(method.invoke(null), origin)) {
                    add(groups, GroupDefinition.valid(contract.origin().startsWith("contract ")
                            ? contract.withOrigin(origin) : contract));
                }
            } catch (InvocationTargetException e) {
                add(groups, GroupDefinition.invalid(method.getName(), String.valueOf(e.getCause().getMessage()), origin));
            } catch (ReflectiveOperationException | RuntimeException e) {
                add(groups, GroupDefinition.invalid(method.getName(), origin + ": " + e.getMessage(), origin));
            }
        }
        return groups;
    }

    private static List<FeatureGroupContract> contractsOf(Object returned, String origin) {
        if (returned instanceof FeatureGroupContract contract) {
            return List.of(contract);
        }
        if (returned instanceof Collection<?> collection
                && collection.stream().allMatch(FeatureGroupContract.class::isInstance) && !collection.isEmpty()) {
            return collection.stream().map(FeatureGroupContract.class::cast).toList();
        }
        throw new IllegalArgumentException("expected a FeatureGroupContract or a non-empty collection of them, got "
                + (returned == null ? "null" : returned.getClass().getName()));
    }

    private static void add(List<GroupDefinition> groups, GroupDefinition group) {
        boolean duplicate = groups.stream().anyMatch(g -> g.name().equals(group.name()));
        if (duplicate) {
            groups.add(GroupDefinition.invalid(group.name() + "~" + groups.size(), "group '" + group.name()
                    + "' is declared twice in the suite (" + group.origin() + ")", group.origin()));
        } else {
            groups.add(group);
        }
    }

    // reflection order is unspecified; declaration-independent but stable order keeps ids and reports stable
    private static <T> List<T> sorted(T[] members, java.util.function.Function<T, String> name) {
        List<T> list = new ArrayList<>(Arrays.asList(members));
        list.sort(Comparator.comparing(name));
        return list;
    }
}
