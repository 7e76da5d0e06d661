package studio.thresho.bench;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.TargetSource;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shallow sizes (JOL) of every object reachable from some roots, walked field by field with an
 * identity-based visited set and an explicit stack, stopping at objects that are shared rather than
 * held: the given objects (such as Spring's singletons), instances of the given types (such as the
 * VaadinService or Lucene's readers), and always {@link Class} objects, class loaders, threads, enum
 * constants and interned strings. {@link Reference}s are counted but their referents (weakly or softly
 * held) are not followed; static fields are never followed (they belong to a class, not to an object).
 */
final class RetainedSize {

    private static final VirtualMachine VM_ = VM.current();
    private static final ClassValue<Ref[]> REFS = new ClassValue<>() {
        @Override
        protected Ref[] computeValue(Class<?> type) {
            return referenceFields(type);
        }
    };

    /** A reference field: read at {@code offset} through JOL, or by reflection where JOL has no offset (records, hidden classes). */
    private record Ref(String label, long offset, Field field) {
    }

    private final Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Class<?>> sharedTypes;
    private final Map<Class<?>, Boolean> sharedType = new HashMap<>();
    private final Map<Class<?>, Long> instanceSize = new HashMap<>();

    RetainedSize(Collection<?> sharedObjects, List<Class<?>> sharedTypes) {
        sharedObjects.forEach(object -> {
            if (object != null) {
                shared.add(object);
            }
        });
        this.sharedTypes = List.copyOf(sharedTypes);
    }

    /**
     * Every singleton of the context (and the product of singleton factory beans, and the target behind
     * a proxy with a static target source), the context, its bean factory and environment. A scoped
     * proxy's target (a session's or UI's own bean) is not static and stays counted.
     */
    static List<Object> springSingletons(ConfigurableApplicationContext context) {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<Object> singletons = new ArrayList<>(List.of(context, beans, context.getEnvironment()));
        for (String name : beans.getSingletonNames()) {
            Object singleton = beans.getSingleton(name);
            singletons.add(singleton);
            if (singleton instanceof FactoryBean<?> factory && factory.isSingleton()) {
                try {
                    singletons.add(beans.getBean(name));
                } catch (RuntimeException notMade) {
                    // a factory whose product is not made yet shares nothing yet
                }
            }
        }
        for (int i = 0; i < singletons.size(); i++) {
            if (singletons.get(i) instanceof Advised proxy) {
                TargetSource target = proxy.getTargetSource();
                if (target.isStatic()) {
                    try {
                        singletons.add(target.getTarget());
                    } catch (Exception unavailable) {
                        // nothing to exclude
                    }
                }
            }
        }
        return singletons;
    }

    /** What the walk found: bytes and objects in all, by class and by the field that first reached them. */
    record Graph(long bytes, long objects, Map<String, Long> bytesByClass, Map<String, Long> objectsByClass,
                 Map<String, Long> bytesByField, Map<String, Long> stoppedAt, long unreadableFields) {
    }

    Graph walk(Object... roots) {
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> stack = new ArrayDeque<>();
        ArrayDeque<String> via = new ArrayDeque<>();
        Map<String, Long> bytesByClass = new HashMap<>();
        Map<String, Long> objectsByClass = new HashMap<>();
        Map<String, Long> bytesByField = new HashMap<>();
        Map<String, Long> stoppedAt = new HashMap<>();
        long bytes = 0;
        long objects = 0;
        long unreadable = 0;
        for (Object root : roots) {
            if (root != null) {
                stack.push(root);
                via.push("(root)");
            }
        }
        while (!stack.isEmpty()) {
            Object object = stack.pop();
            String reachedVia = via.pop();
            if (!visited.add(object)) {
                continue;
            }
            if (isShared(object)) {
                stoppedAt.merge(nameOf(object.getClass()), 1L, Long::sum);
                continue;
            }
            long size = sizeOf(object);
            String type = nameOf(object.getClass());
            bytes += size;
            objects++;
            bytesByClass.merge(type, size, Long::sum);
            objectsByClass.merge(type, 1L, Long::sum);
            bytesByField.merge(reachedVia, size, Long::sum);
            if (object instanceof Reference<?>) {
                continue;
            }
            if (object instanceof Object[] array) {
                String label = type;
                for (Object element : array) {
                    if (element != null && !visited.contains(element)) {
                        stack.push(element);
                        via.push(label);
                    }
                }
                continue;
            }
            for (Ref ref : REFS.get(object.getClass())) {
                Object value;
                if (ref.offset >= 0) {
                    value = VM_.getObject(object, ref.offset);
                } else if (ref.field != null) {
                    try {
                        value = ref.field.get(object);
                    } catch (IllegalAccessException denied) {
                        unreadable++;
                        continue;
                    }
                } else {
                    unreadable++;
                    continue;
                }
                if (value != null && !visited.contains(value)) {
                    stack.push(value);
                    via.push(ref.label);
                }
            }
        }
        return new Graph(bytes, objects, bytesByClass, objectsByClass, bytesByField, stoppedAt, unreadable);
    }

    private boolean isShared(Object object) {
        if (shared.contains(object)) {
            return true;
        }
        if (object instanceof Class<?> || object instanceof ClassLoader || object instanceof Thread
                || object instanceof ThreadGroup || object instanceof Enum<?>) {
            return true;
        }
        if (object instanceof String string) {
            // a copy interns to the string itself only if the string is the pool's own instance (a literal, or interned)
            return new String(string).intern() == string;
        }
        return sharedType.computeIfAbsent(object.getClass(),
                type -> sharedTypes.stream().anyMatch(shared -> shared.isAssignableFrom(type)));
    }

    private long sizeOf(Object object) {
        Class<?> type = object.getClass();
        if (type.isArray()) {
            return VM_.sizeOf(object);
        }
        Long size = instanceSize.get(type);
        if (size == null) {
            try {
                size = VM_.sizeOf(object);
            } catch (RuntimeException noLayout) {
                size = estimatedSize(type);
            }
            instanceSize.put(type, size);
        }
        return size;
    }

    /** Without JOL's Instrumentation, it lays out only classes with field offsets: header and fields, packed and aligned. */
    private static long estimatedSize(Class<?> type) {
        long bytes = VM_.objectHeaderSize();
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    bytes += field.getType().isPrimitive() ? VM_.sizeOfField(field.getType().getName()) : VM_.sizeOfField("oop");
                }
            }
        }
        long alignment = VM_.objectAlignment();
        return (bytes + alignment - 1) / alignment * alignment;
    }

    /** The class's name, with a hidden class's (a lambda's) address left off so that its instances add up. */
    static String nameOf(Class<?> type) {
        if (type.isArray()) {
            return nameOf(type.getComponentType()) + "[]";
        }
        String name = type.getName();
        int hidden = name.indexOf("/0x");
        return hidden < 0 ? name : name.substring(0, hidden);
    }

    private static Ref[] referenceFields(Class<?> type) {
        List<Ref> refs = new ArrayList<>();
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                String label = nameOf(at) + "." + field.getName();
                refs.add(refTo(field, label));
            }
        }
        return refs.toArray(Ref[]::new);
    }

    private static Ref refTo(Field field, String label) {
        try {
            return new Ref(label, VM_.fieldOffset(field), null);
        } catch (RuntimeException noOffset) {
            // sun.misc.Unsafe gives no offsets in records and hidden classes (lambdas): read those by reflection
            try {
                field.setAccessible(true);
                return new Ref(label, -1, field);
            } catch (InaccessibleObjectException | SecurityException closed) {
                return new Ref(label, -1, null);
            }
        }
    }
}
