package org.featureparity.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.featureparity.api.From;
import org.featureparity.api.Pipelines;
import org.featureparity.api.PipelinesSpec;
import org.featureparity.api.Property;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.generate.Generator;
import org.featureparity.generate.events.EventHistory;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.ScriptSource;

/**
 * Reads what a {@code @FeatureSuite} class declares for properties: {@link Pipelines} fields and {@link Property}
 * methods, each attached to the group it names (or the suite's only group).
 */
final class JavaPropertiesReader {

    private final Class<?> suiteClass;
    private final List<String> problems;
    private final Map<String, Optional<PipelineSource>> pipelines = new LinkedHashMap<>();
    private final Map<String, List<PropertyMethod>> methods = new LinkedHashMap<>();

    private JavaPropertiesReader(Class<?> suiteClass, List<String> problems) {
        this.suiteClass = suiteClass;
        this.problems = problems;
    }

    /** The groups with their properties; a declaration naming no group of the suite is a suite problem. */
    static List<GroupDefinition> attach(Class<?> suiteClass, List<GroupDefinition> groups, List<String> problems) {
        JavaPropertiesReader reader = new JavaPropertiesReader(suiteClass, problems);
        List<String> names = groups.stream().map(GroupDefinition::name).toList();
        reader.readPipelines(names);
        reader.readMethods(names);
        List<GroupDefinition> attached = new ArrayList<>();
        for (GroupDefinition group : groups) {
            Optional<PipelineSource> source = reader.pipelines.getOrDefault(group.name(), Optional.empty());
            List<PropertyMethod> declared = reader.methods.getOrDefault(group.name(), List.of());
            attached.add(source.isEmpty() && declared.isEmpty() ? group
                    : group.withProperties(new GroupProperties(source, declared)));
        }
        return attached;
    }

    private void readPipelines(List<String> groups) {
        for (Field field : sorted(suiteClass.getDeclaredFields(), Field::getName)) {
            Pipelines annotation = field.getAnnotation(Pipelines.class);
            if (annotation == null) {
                continue;
            }
            String where = suiteClass.getName() + "." + field.getName();
            Optional<String> group = group(annotation.value(), groups, where + ": @Pipelines");
            if (group.isEmpty()) {
                continue;
            }
            if (!Modifier.isStatic(field.getModifiers()) || !PipelinesSpec.class.isAssignableFrom(field.getType())) {
                problems.add(where + ": a @Pipelines field must be a static PipelinesSpec");
            } else if (pipelines.containsKey(group.get())) {
                problems.add(where + ": a second @Pipelines for group '" + group.get() + "'");
            } else {
                try {
                    field.setAccessible(true);
                    PipelinesSpec spec = (PipelinesSpec) field.get(null);
                    if (spec == null) {
                        problems.add(where + ": @Pipelines field is null");
                    } else {
                        pipelines.put(group.get(), Optional.of(new PipelineSource(spec.declaration(annotation.tries()),
                                ScriptSource.classpath(suiteClass.getClassLoader()), where)));
                    }
                } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
                    problems.add(where + ": could not read the @Pipelines field: " + e.getMessage());
                }
            }
        }
    }

    private void readMethods(List<String> groups) {
        for (Method method : sorted(suiteClass.getDeclaredMethods(), Method::getName)) {
            Property annotation = method.getAnnotation(Property.class);
            if (annotation == null) {
                continue;
            }
            String origin = suiteClass.getName() + "#" + method.getName();
            Optional<String> group = group(annotation.group(), groups, origin + ": @Property");
            if (group.isEmpty()) {
                continue;
            }
            String name = annotation.name().isBlank() ? method.getName() : annotation.name();
            List<PropertyMethod> declared = methods.computeIfAbsent(group.get(), g -> new ArrayList<>());
            if (name.equals(GroupProperties.EQUIVALENCE) || declared.stream().anyMatch(m -> m.name().equals(name))) {
                problems.add(origin + ": a second property named '" + name + "' in group '" + group.get() + "'");
                continue;
            }
            List<String> methodProblems = new ArrayList<>();
            if (!Modifier.isStatic(method.getModifiers())) {
                methodProblems.add("a @Property method must be static");
            }
            if (annotation.tries() < 0) {
                methodProblems.add("tries must be >= 1 (or 0 for parity.tries), was " + annotation.tries());
            }
            List<PropertyMethod.Parameter> parameters = new ArrayList<>();
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                From from = parameter.getAnnotation(From.class);
                if (from != null) {
                    generator(from.value(), methodProblems)
                            .ifPresent(g -> parameters.add(new PropertyMethod.Generated(from.value(), g)));
                    continue;
                }
                parameter(parameter.getType()).ifPresentOrElse(parameters::add, () -> methodProblems.add("parameter "
                        + parameter.getName() + " of type " + parameter.getType().getSimpleName()
                        + " is neither an EventHistory, a PipelinePair, a FeatureGroupContract nor annotated @From"));
            }
            if (parameters.stream().noneMatch(p -> p instanceof PropertyMethod.History
                    || p instanceof PropertyMethod.Generated) && methodProblems.isEmpty()) {
                methodProblems.add("no parameter is generated: take an EventHistory or a @From parameter");
            }
            method.setAccessible(true);
            declared.add(new PropertyMethod(name, method, origin,
                    annotation.tries() > 0 ? OptionalInt.of(annotation.tries()) : OptionalInt.empty(), parameters,
                    methodProblems.isEmpty() ? Optional.empty()
                            : Optional.of(origin + ": " + String.join("; ", methodProblems))));
        }
    }

    private static Optional<PropertyMethod.Parameter> parameter(Class<?> type) {
        if (type == EventHistory.class) {
            return Optional.of(new PropertyMethod.History());
        }
        if (type == PipelinePair.class) {
            return Optional.of(new PropertyMethod.Pipelines());
        }
        if (type == FeatureGroupContract.class) {
            return Optional.of(new PropertyMethod.Contract());
        }
        return Optional.empty();
    }

    /** The suite's static generator field or parameterless method of that name; a problem when there is none. */
    private Optional<Generator<?>> generator(String name, List<String> found) {
        String where = "@From(\"" + name + "\")";
        try {
            Object value;
            Optional<Field> field = Arrays.stream(suiteClass.getDeclaredFields()).filter(f -> f.getName().equals(name))
                    .findFirst();
            if (field.isPresent() && Modifier.isStatic(field.get().getModifiers())) {
                field.get().setAccessible(true);
                value = field.get().get(null);
            } else {
                Method method = suiteClass.getDeclaredMethod(name);
                if (!Modifier.isStatic(method.getModifiers())) {
                    found.add(where + ": a @From generator method must be static");
                    return Optional.empty();
                }
                method.setAccessible(true);
                value = method.invoke(null);
            }
            if (value instanceof Generator<?> generator) {
                return Optional.of(generator);
            }
            found.add(where + ": a @From source must be a Generator, was "
                    + (value == null ? "null" : value.getClass().getName()));
        } catch (NoSuchMethodException e) {
            found.add(where + ": @From names no static Generator field or parameterless method");
        } catch (InvocationTargetException e) {
            found.add(where + ": the generator method threw " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
            found.add(where + ": could not read the generator: " + e);
        }
        return Optional.empty();
    }

    private Optional<String> group(String named, List<String> groups, String where) {
        if (named.isBlank()) {
            if (groups.size() == 1) {
                return Optional.of(groups.get(0));
            }
            problems.add(where + " must name its group: the suite declares " + groups.size() + " groups " + groups);
            return Optional.empty();
        }
        if (!groups.contains(named)) {
            problems.add(where + " names group '" + named + "', which the suite does not declare " + groups);
            return Optional.empty();
        }
        return Optional.of(named);
    }

    private static <T> List<T> sorted(T[] members, java.util.function.Function<T, String> name) {
        List<T> list = new ArrayList<>(Arrays.asList(members));
        list.sort(Comparator.comparing(name));
        return list;
    }
}
