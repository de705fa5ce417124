package eu.dbp.platform;

/** The actor of the current request; implemented by the access module from the security context. */
public interface CurrentActor {

    Actor get();
}
