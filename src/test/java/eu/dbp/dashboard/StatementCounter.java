package eu.dbp.dashboard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread prepares while {@link #count} runs, by handing out
 * counting connections from the application's data source; at any other time, and on any other
 * thread, the data source is passed through untouched. Test scope only.
 */
@Component
class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> STATEMENTS = new ThreadLocal<>();

    /** Runs {@code work} and returns how many statements this thread prepared meanwhile. */
    static int count(ThrowingRunnable work) throws Exception {
        AtomicInteger statements = new AtomicInteger();
        STATEMENTS.set(statements);
        try {
            work.run();
        } finally {
            STATEMENTS.remove();
        }
        return statements.get();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return proxy(
                DataSource.class,
                dataSource,
                (method, result) ->
                        result instanceof Connection connection && STATEMENTS.get() != null
                                ? proxy(Connection.class, connection, StatementCounter::counted)
                                : result);
    }

    private static Object counted(Method method, Object result) {
        String name = method.getName();
        AtomicInteger statements = STATEMENTS.get();
        if (statements != null
                && (name.equals("prepareStatement")
                        || name.equals("createStatement")
                        || name.equals("prepareCall"))) {
            statements.incrementAndGet();
        }
        return result;
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler =
                (self, method, args) -> {
                    try {
                        return after.apply(method, method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                };
        return type.cast(
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
