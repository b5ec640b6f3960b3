package dev.billingsim.domain.result;

import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.event.DomainEvent;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of a business command: either it happened ({@link Ok}, with what it produced and the
 * events it caused) or it was refused with a catalogue error ({@link Rejected}) and changed
 * nothing. Exceptions are never used for business outcomes.
 */
public sealed interface Result<T> permits Result.Ok, Result.Rejected {

  record Ok<T>(T value, List<DomainEvent> events) implements Result<T> {
    public Ok {
      events = List.copyOf(events);
    }
  }

  record Rejected<T>(BillingError error) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value, List.of());
  }

  static <T> Result<T> rejected(BillingError error) {
    return new Rejected<>(error);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  default <R> R fold(Function<T, R> onOk, Function<BillingError, R> onRejected) {
    return this instanceof Ok<T> ok ? onOk.apply(ok.value()) : onRejected.apply(error());
  }

  /** Carries on with {@code next} if this is an {@link Ok}; a refusal stays as it is. */
  default <R> Result<R> flatMap(Function<T, Result<R>> next) {
    return this instanceof Ok<T> ok ? next.apply(ok.value()) : rejected(error());
  }

  /** The value of an {@link Ok}; a programming error on a {@link Rejected}. */
  default T value() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("no value: " + this);
  }

  /** The error of a {@link Rejected}; a programming error on an {@link Ok}. */
  default BillingError error() {
    if (this instanceof Rejected<T> rejected) {
      return rejected.error();
    }
    throw new IllegalStateException("not rejected: " + this);
  }
}
