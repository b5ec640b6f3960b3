package dev.billingsim.simulator.persist;

/** The persistence file is corrupt, in use or not writable. The message is one line. */
public final class PersistenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PersistenceException(String message) {
    super(message);
  }

  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
