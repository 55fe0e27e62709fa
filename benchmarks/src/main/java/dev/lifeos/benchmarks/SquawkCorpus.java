package dev.lifeos.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus both tools read: cycles of migrations as a service's history grows them, each cycle
 * on tables of its own ({@code customer_7}, {@code order_7}). Every template is one kind of
 * migration; the cycle walks through the safe and the unsafe way of the common schema changes, so
 * each rule both tools have meets both outcomes. Written for this benchmark, not copied from either
 * tool's fixtures.
 */
final class SquawkCorpus {
  /** One kind of migration: a name for the report and its SQL, {@code %d} the cycle. */
  record Template(String name, String sql) {}

  /** A generated file and the template it came from. */
  record File(Path path, Template template) {}

  static final List<Template> TEMPLATES =
      List.of(
          new Template(
              "create tables, index on a new table",
              """
              CREATE TABLE customer_%1$d (
                id bigint PRIMARY KEY,
                name varchar(100) NOT NULL,
                email text,
                phone text,
                legacy_code text,
                balance numeric(12,2),
                status text
              );
              CREATE INDEX customer_%1$d_email ON customer_%1$d (email);
              CREATE TABLE order_%1$d (
                id bigint PRIMARY KEY,
                customer_id bigint,
                total_cents bigint,
                note varchar(50)
              );
              """),
          new Template(
              "add column, index without CONCURRENTLY",
              """
              ALTER TABLE customer_%1$d ADD COLUMN region text;
              CREATE INDEX customer_%1$d_region ON customer_%1$d (region);
              """),
          new Template(
              "index CONCURRENTLY alone",
              "CREATE INDEX CONCURRENTLY customer_%1$d_name ON customer_%1$d (name);\n"),
          new Template(
              "index CONCURRENTLY mixed with a column",
              """
              ALTER TABLE order_%1$d ADD COLUMN shipped_at timestamptz;
              CREATE INDEX CONCURRENTLY order_%1$d_shipped ON order_%1$d (shipped_at);
              """),
          new Template(
              "drop column", "ALTER TABLE customer_%1$d DROP COLUMN legacy_code;\n"),
          new Template(
              "drop table if exists, no migration created it",
              """
              DROP TABLE IF EXISTS import_%1$d;
              CREATE TABLE import_%1$d (line text);
              """),
          new Template(
              "widen varchar",
              "ALTER TABLE customer_%1$d ALTER COLUMN name TYPE varchar(200);\n"),
          new Template(
              "change type bigint to numeric",
              "ALTER TABLE order_%1$d ALTER COLUMN total_cents TYPE numeric(14,2);\n"),
          new Template(
              "rename column", "ALTER TABLE order_%1$d RENAME COLUMN note TO remark;\n"),
          new Template(
              "foreign key without NOT VALID",
              """
              ALTER TABLE order_%1$d ADD CONSTRAINT order_%1$d_customer
                FOREIGN KEY (customer_id) REFERENCES customer_%1$d (id);
              """),
          new Template(
              "check without NOT VALID",
              """
              ALTER TABLE customer_%1$d ADD CONSTRAINT customer_%1$d_balance CHECK (balance >= 0);
              """),
          new Template(
              "safe NOT NULL 1/3: check NOT VALID",
              """
              SET lock_timeout = '5s';
              ALTER TABLE customer_%1$d ADD CONSTRAINT customer_%1$d_status_nn
                CHECK (status IS NOT NULL) NOT VALID;
              """),
          new Template(
              "safe NOT NULL 2/3: validate",
              "ALTER TABLE customer_%1$d VALIDATE CONSTRAINT customer_%1$d_status_nn;\n"),
          new Template(
              "safe NOT NULL 3/3: set not null",
              """
              SET lock_timeout = '5s';
              ALTER TABLE customer_%1$d ALTER COLUMN status SET NOT NULL;
              ALTER TABLE customer_%1$d DROP CONSTRAINT customer_%1$d_status_nn;
              """),
          new Template(
              "set not null without a check",
              "ALTER TABLE order_%1$d ALTER COLUMN customer_id SET NOT NULL;\n"),
          new Template(
              "check NOT VALID validated in the same migration",
              """
              ALTER TABLE order_%1$d ADD CONSTRAINT order_%1$d_total CHECK (total_cents >= 0) NOT VALID;
              ALTER TABLE order_%1$d VALIDATE CONSTRAINT order_%1$d_total;
              """),
          new Template(
              "column defaults: volatile, stable call, constant",
              """
              SET lock_timeout = '5s';
              ALTER TABLE customer_%1$d ADD COLUMN ref uuid DEFAULT gen_random_uuid();
              ALTER TABLE customer_%1$d ADD COLUMN currency text DEFAULT upper('eur');
              ALTER TABLE customer_%1$d ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
              """),
          new Template(
              "unique constraint",
              "ALTER TABLE customer_%1$d ADD CONSTRAINT customer_%1$d_email_key UNIQUE (email);\n"),
          new Template(
              "unique constraint using an index",
              """
              SET lock_timeout = '5s';
              ALTER TABLE customer_%1$d ADD CONSTRAINT customer_%1$d_phone_key
                UNIQUE USING INDEX customer_%1$d_phone;
              """),
          new Template("drop index", "DROP INDEX customer_%1$d_email;\n"),
          new Template(
              "BEGIN and COMMIT in the migration",
              """
              BEGIN;
              UPDATE order_%1$d SET remark = 'n/a' WHERE remark IS NULL;
              COMMIT;
              """),
          new Template(
              "add NOT NULL column without default",
              "ALTER TABLE order_%1$d ADD COLUMN priority int NOT NULL;\n"),
          new Template(
              "update without where", "UPDATE customer_%1$d SET status = 'active';\n"),
          new Template(
              "inline foreign key on a new column",
              """
              ALTER TABLE order_%1$d ADD COLUMN referrer_id bigint REFERENCES customer_%1$d (id);
              """),
          new Template(
              "swap in a rebuilt table",
              """
              CREATE TABLE order_%1$d_new (LIKE order_%1$d INCLUDING ALL);
              INSERT INTO order_%1$d_new SELECT * FROM order_%1$d;
              ALTER TABLE order_%1$d RENAME TO order_%1$d_old;
              ALTER TABLE order_%1$d_new RENAME TO order_%1$d;
              CREATE INDEX order_%1$d_total ON order_%1$d (total_cents);
              """),
          new Template("drop the swapped-out table", "DROP TABLE order_%1$d_old;\n"),
          new Template(
              "add serial column", "ALTER TABLE customer_%1$d ADD COLUMN seq bigserial;\n"),
          new Template(
              "unterminated comment",
              """
              ALTER TABLE customer_%1$d ADD COLUMN nickname text;
              /* removed again after the release:
              ALTER TABLE customer_%1$d DROP COLUMN nickname;
              """),
          new Template(
              "rename table", "ALTER TABLE customer_%1$d RENAME TO client_%1$d;\n"));

  private SquawkCorpus() {}

  /** About {@code count} migrations, whole cycles, in {@code dir}: V1, V2, ... */
  static List<File> write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<File> files = new ArrayList<>();
    int cycles = Math.max(1, count / TEMPLATES.size());
    for (int cycle = 1; cycle <= cycles; cycle++) {
      for (Template template : TEMPLATES) {
        Path path = dir.resolve("V" + (files.size() + 1) + "__" + slug(template.name()) + ".sql");
        Files.writeString(path, template.sql().formatted(cycle), StandardCharsets.UTF_8);
        files.add(new File(path, template));
      }
    }
    return files;
  }

  private static String slug(String name) {
    return name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase();
  }
}
