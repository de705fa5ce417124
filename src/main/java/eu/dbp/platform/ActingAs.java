package eu.dbp.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets work that no request carries (demo data, scheduled jobs) act for a named organisation, so
 * that ownership and the audit trail see the right actor. {@link CurrentActor} implementations
 * consult it before the request's own identity.
 */
public final class ActingAs {

    private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();

    private ActingAs() {}

    public static <T> T call(Actor actor, Supplier<T> work) {
        Actor previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    public static void run(Actor actor, Runnable work) {
        call(
                actor,
                () -> {
                    work.run();
                    return null;
                });
    }

    public static Optional<Actor> current() {
        return Optional.ofNullable(ACTOR.get());
    }
}
