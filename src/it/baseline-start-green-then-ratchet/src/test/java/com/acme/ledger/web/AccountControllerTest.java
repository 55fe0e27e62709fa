package com.acme.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.ledger.LedgerApplication;
import com.acme.ledger.core.AccountRepository;
import com.acme.ledger.core.TransferService;
import java.io.File;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountControllerTest {
  private final AccountRepository repository = new AccountRepository();
  private final AccountController controller =
      new AccountController(repository, new TransferService(repository));

  @TempDir File dir;

  @Test
  void describesAccounts() {
    assertEquals("Ada (founder): 10000", controller.describe("a-1"));
    assertEquals("Grace (customer): 2500", controller.describe("a-2"));
    assertEquals("no such account: zz", controller.describe("zz"));
  }

  @Test
  void paysAndParses() {
    assertEquals(9_900, controller.pay("a-1", "a-2", 100));
    assertEquals("12", controller.parseAmount("12,50"));
  }

  @Test
  void exportsAndReadsReports() throws Exception {
    ReportExporter exporter = new ReportExporter(dir);
    File file = exporter.export("june", "total 12");
    assertEquals("total 12", exporter.read(file));
    assertTrue(Files.exists(file.toPath()));
  }

  @Test
  void applicationStarts() {
    LedgerApplication.main(new String[] {"a-2"});
  }
}
