package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.scan.rules.AccessExclusiveLockRule;
import dev.lifeos.maven.migrations.scan.rules.AddCheckWithoutNotValidRule;
import dev.lifeos.maven.migrations.scan.rules.AddColumnRewritesTableRule;
import dev.lifeos.maven.migrations.scan.rules.AddForeignKeyWithoutNotValidRule;
import dev.lifeos.maven.migrations.scan.rules.AddNotNullColumnRule;
import dev.lifeos.maven.migrations.scan.rules.AddUniqueWithoutIndexRule;
import dev.lifeos.maven.migrations.scan.rules.AlterColumnTypeRule;
import dev.lifeos.maven.migrations.scan.rules.ConcurrentlyInTransactionRule;
import dev.lifeos.maven.migrations.scan.rules.CreateIndexWithoutConcurrentlyRule;
import dev.lifeos.maven.migrations.scan.rules.DeleteWithoutWhereRule;
import dev.lifeos.maven.migrations.scan.rules.DropColumnRule;
import dev.lifeos.maven.migrations.scan.rules.DropIndexWithoutConcurrentlyRule;
import dev.lifeos.maven.migrations.scan.rules.DropSchemaOrDatabaseRule;
import dev.lifeos.maven.migrations.scan.rules.DropTableRule;
import dev.lifeos.maven.migrations.scan.rules.DropUnknownTableRule;
import dev.lifeos.maven.migrations.scan.rules.JavaRawSqlRule;
import dev.lifeos.maven.migrations.scan.rules.LockHeldAcrossStatementsRule;
import dev.lifeos.maven.migrations.scan.rules.MissingLockTimeoutRule;
import dev.lifeos.maven.migrations.scan.rules.NothingToRunRule;
import dev.lifeos.maven.migrations.scan.rules.RenameColumnRule;
import dev.lifeos.maven.migrations.scan.rules.RenameTableRule;
import dev.lifeos.maven.migrations.scan.rules.SetNotNullRule;
import dev.lifeos.maven.migrations.scan.rules.TableRewriteRule;
import dev.lifeos.maven.migrations.scan.rules.TransactionControlRule;
import dev.lifeos.maven.migrations.scan.rules.TruncateRule;
import dev.lifeos.maven.migrations.scan.rules.UnterminatedSqlRule;
import dev.lifeos.maven.migrations.scan.rules.UpdateWithoutWhereRule;
import java.util.List;

/**
 * Every dangerous-operation rule, in report order. A new rule is a class in {@code rules}, a test,
 * and a line here (RulesTest fails when a rule class is missing from this list).
 */
public final class Rules {
  private static final List<DangerRule> ALL =
      List.of(
          new DropTableRule(),
          new DropColumnRule(),
          new AlterColumnTypeRule(),
          new RenameTableRule(),
          new RenameColumnRule(),
          new TruncateRule(),
          new DeleteWithoutWhereRule(),
          new UpdateWithoutWhereRule(),
          new AddNotNullColumnRule(),
          new SetNotNullRule(),
          new CreateIndexWithoutConcurrentlyRule(),
          new AddForeignKeyWithoutNotValidRule(),
          new DropSchemaOrDatabaseRule(),
          new AddColumnRewritesTableRule(),
          new AddUniqueWithoutIndexRule(),
          new AddCheckWithoutNotValidRule(),
          new DropIndexWithoutConcurrentlyRule(),
          new ConcurrentlyInTransactionRule(),
          new TransactionControlRule(),
          new JavaRawSqlRule(),
          new MissingLockTimeoutRule(),
          new DropUnknownTableRule(),
          new UnterminatedSqlRule(),
          new NothingToRunRule(),
          new AccessExclusiveLockRule(),
          new TableRewriteRule(),
          new LockHeldAcrossStatementsRule());

  private Rules() {}

  public static List<DangerRule> all() {
    return ALL;
  }
}
