package dev.lifeos.maven.mojo;

import dev.lifeos.maven.secrets.MaskedException;
import dev.lifeos.maven.secrets.SecretMasker;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every line passed through the {@link SecretMasker}. Throwables are never printed
 * raw: their messages (a JDBC driver's, for one) may hold the very URL and password being masked.
 */
final class MaskingLog implements Log {
  private final Log delegate;
  private final Supplier<SecretMasker> masker;

  /** The masker is asked per line: secrets a goal learns while it runs are masked from then on. */
  MaskingLog(Log delegate, Supplier<SecretMasker> masker) {
    this.delegate = delegate;
    this.masker = masker;
  }

  private String text(CharSequence content, Throwable error) {
    String message = content == null ? "" : masker.get().mask(content);
    return error == null ? message : message + ": " + MaskedException.describe(error, masker.get());
  }

  @Override
  public boolean isDebugEnabled() {
    return delegate.isDebugEnabled();
  }

  @Override
  public void debug(CharSequence content) {
    delegate.debug(text(content, null));
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    delegate.debug(text(content, error));
  }

  @Override
  public void debug(Throwable error) {
    delegate.debug(text(null, error));
  }

  @Override
  public boolean isInfoEnabled() {
    return delegate.isInfoEnabled();
  }

  @Override
  public void info(CharSequence content) {
    delegate.info(text(content, null));
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    delegate.info(text(content, error));
  }

  @Override
  public void info(Throwable error) {
    delegate.info(text(null, error));
  }

  @Override
  public boolean isWarnEnabled() {
    return delegate.isWarnEnabled();
  }

  @Override
  public void warn(CharSequence content) {
    delegate.warn(text(content, null));
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    delegate.warn(text(content, error));
  }

  @Override
  public void warn(Throwable error) {
    delegate.warn(text(null, error));
  }

  @Override
  public boolean isErrorEnabled() {
    return delegate.isErrorEnabled();
  }

  @Override
  public void error(CharSequence content) {
    delegate.error(text(content, null));
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    delegate.error(text(content, error));
  }

  @Override
  public void error(Throwable error) {
    delegate.error(text(null, error));
  }
}
