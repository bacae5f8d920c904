package dev.integrity.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The visitor is what makes every consumer of {@link Change} exhaustive: a new step must get a method of
 * its own and its {@code accept} must call it, or the consumers would never be asked about it (an {@code
 * accept} that returns null or throws compiles as well).
 */
class ChangeVisitorTest {

  @Test
  void everyStepHasAVisitorMethodOfItsOwn() {
    Set<Class<?>> visited = Arrays.stream(Change.Visitor.class.getDeclaredMethods())
        .map(method -> method.getParameterTypes()[0])
        .collect(Collectors.toSet());
    assertEquals(Set.of(Change.class.getPermittedSubclasses()), visited);
    assertEquals(Change.class.getPermittedSubclasses().length, Change.Visitor.class.getDeclaredMethods().length);
  }

  @Test
  void everyStepAcceptsThroughItsOwnMethod() throws ReflectiveOperationException {
    Change.Visitor<?> calledWith = (Change.Visitor<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Change.Visitor.class},
        (proxy, method, args) -> method.getParameterTypes()[0]);
    for (Class<?> step : Change.class.getPermittedSubclasses()) {
      assertEquals(step, instance(step).accept(calledWith), step.getSimpleName());
    }
  }

  /** The step with empty components: only its type matters here. */
  private static Change instance(Class<?> step) throws ReflectiveOperationException {
    Constructor<?> constructor = step.getDeclaredConstructors()[0];
    List<Object> components = Arrays.stream(constructor.getParameterTypes()).map(type -> type == boolean.class ? (Object) false : null).toList();
    return (Change) constructor.newInstance(components.toArray());
  }
}
