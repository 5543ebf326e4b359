package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Surface;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;

/** A surface that draws on another and tells a listener of every call first (its name and arguments). */
final class RecordingSurface {

    private RecordingSurface() {
    }

    static Surface over(Surface target, BiConsumer<String, Object[]> calls) {
        return (Surface) Proxy.newProxyInstance(Surface.class.getClassLoader(), new Class<?>[] {Surface.class},
                (proxy, method, args) -> {
                    calls.accept(method.getName(), args);
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
