package it.lifeos;

/**
 * Greets, formatted the way spring-javaformat formats it.
 *
 * @author Ada
 */
public final class Greeter {

	public String greet(String name) {
		return "Hello, " + name;
	}

}
