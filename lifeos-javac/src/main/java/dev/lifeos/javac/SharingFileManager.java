package dev.lifeos.javac;

import com.sun.tools.javac.file.JavacFileManager;
import com.sun.tools.javac.main.Main;
import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.tools.JavaFileManager;

/**
 * javac's own file manager, but for the class loader it makes for a path (the processor path): that
 * one comes from the loaders this JVM shares between compiles. Only {@link ReusingJavac} touches
 * this class, once it knows that javac's internals are exported to it.
 */
final class SharingFileManager extends JavacFileManager {
  /** javac's own parent for the loaders it makes (BaseFileManager: its class's loader). */
  static final SharedPluginLoaders LOADERS =
      new SharedPluginLoaders(JavacFileManager.class.getClassLoader());

  private SharingFileManager(Context context) {
    super(context, true, null);
  }

  /** What {@code new Main("javac", out).compile(args)} does, with this file manager. */
  static int compile(String[] args, PrintWriter out) {
    Context context = new Context();
    context.put(JavaFileManager.class, (Context.Factory<JavaFileManager>) SharingFileManager::new);
    try {
      return new Main("javac", out).compile(args, context).exitCode;
    } finally {
      // javac's Main closes the file manager of a context it made itself
      try {
        context.get(JavaFileManager.class).close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected ClassLoader getClassLoader(URL[] urls) {
    return LOADERS.loaderFor(urls);
  }
}
