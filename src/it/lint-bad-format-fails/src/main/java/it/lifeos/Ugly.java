package it.lifeos;
public final class Ugly { public static int   twice(int x){return 2*x;} }
