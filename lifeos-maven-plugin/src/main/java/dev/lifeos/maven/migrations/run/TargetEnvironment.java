package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.support.GateFailure;
import java.util.Locale;

/**
 * The environment a database belongs to (spec 2): what run-migrations demands before it changes it.
 * There is no default: the caller says which one it is.
 */
public enum TargetEnvironment {
  /** An ephemeral database of a CI job: applied freely. */
  CI,
  /** Staging: applied freely; unapproved dangerous migrations are warned about. */
  STAGING,
  /**
   * Production: only with the run's explicit approval, and only when every dangerous operation in
   * the pending migrations is approved by the DB team.
   */
  PRODUCTION;

  public static final String PROPERTY = "lifeos.env";

  public static TargetEnvironment parse(String name) throws GateFailure {
    if (name == null || name.isBlank()) {
      throw new GateFailure(
          PROPERTY
              + " is not set: say which environment the database belongs to with -D"
              + PROPERTY
              + "=ci, staging or production. run-migrations has no default environment, so that no"
              + " run treats production as something else.");
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GateFailure(PROPERTY + " is '" + name.trim() + "': use ci, staging or production.");
    }
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
