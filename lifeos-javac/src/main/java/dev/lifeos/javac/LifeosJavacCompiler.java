package dev.lifeos.javac;

import org.codehaus.plexus.compiler.CompilerException;
import org.codehaus.plexus.compiler.CompilerResult;
import org.codehaus.plexus.compiler.javac.JavacCompiler;

/**
 * maven-compiler-plugin's javac ({@code <compilerId>lifeos-javac</compilerId>}, with this jar as a
 * dependency of the plugin) that keeps Error Prone loaded for the whole Maven run: every compile in
 * Maven's JVM gets the same class loader for an Error Prone processor path ({@link
 * SharedPluginLoaders}), so Error Prone's classes are loaded, verified and compiled to machine code
 * once instead of once per compile. On the demo service that made the second compile of a build
 * about 0.45 s shorter (docs/benchmarks.md).
 *
 * <p>Everything else is plexus-compiler's {@code javac}: the same arguments, the same output and
 * messages, the same fork. Only the in-process run through javac's command line class ({@code
 * forceJavacCompilerUse}, as lifeos-parent sets it) changes: it runs {@link ReusingJavac} instead.
 *
 * <p>Declared to Maven in {@code META-INF/plexus/components.xml} (role {@code Compiler}, hint
 * {@code lifeos-javac}); the javac plugin's own parts are injected as into plexus-compiler's javac.
 */
public class LifeosJavacCompiler extends JavacCompiler {
  @Override
  protected CompilerResult compileInProcessWithProperClassloader(Class<?> javacClass, String[] args)
      throws CompilerException {
    return super.compileInProcessWithProperClassloader(ReusingJavac.class, args);
  }
}
