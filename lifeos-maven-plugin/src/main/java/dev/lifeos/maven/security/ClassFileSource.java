package dev.lifeos.maven.security;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The source file a class file says it was compiled from (its {@code SourceFile} attribute, JVMS
 * 4.7.10): how a nested class, a lambda's host or a second top-level class in {@code Foo.java} is
 * traced back to {@code Foo.java}. Reads the constant pool and skips everything else.
 */
final class ClassFileSource {
  private static final int MAGIC = 0xCAFEBABE;

  /** A class file is read whole; the largest javac writes is far below this. */
  static final int MAX_BYTES = 16 << 20;

  private ClassFileSource() {}

  /** The simple file name ({@code Foo.java}); empty when javac wrote none ({@code -g:none}). */
  static Optional<String> of(Path classFile) throws IOException {
    if (Files.size(classFile) > MAX_BYTES) {
      throw new IOException(classFile + " is larger than " + MAX_BYTES + " bytes");
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(classFile + " is not a class file");
      }
      in.skipBytes(4); // minor and major version
      String[] utf8 = constantPoolStrings(in, classFile);
      in.skipBytes(6); // access flags, this class, super class
      in.skipBytes(2 * in.readUnsignedShort()); // interfaces
      skipMembers(in); // fields
      skipMembers(in); // methods
      int attributes = in.readUnsignedShort();
      for (int i = 0; i < attributes; i++) {
        String name = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if ("SourceFile".equals(name)) {
          return Optional.ofNullable(utf8[in.readUnsignedShort()]);
        }
        in.skipBytes(length);
      }
      return Optional.empty();
    } catch (ArrayIndexOutOfBoundsException | java.io.EOFException e) {
      throw new IOException(classFile + " is not a well-formed class file", e);
    }
  }

  /** The pool's UTF-8 entries by index; other entries are skipped by their fixed size. */
  private static String[] constantPoolStrings(DataInputStream in, Path classFile)
      throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipMembers(DataInputStream in) throws IOException {
    int members = in.readUnsignedShort();
    for (int m = 0; m < members; m++) {
      in.skipBytes(6); // access flags, name, descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.skipBytes(2);
        in.skipBytes(in.readInt());
      }
    }
  }
}
