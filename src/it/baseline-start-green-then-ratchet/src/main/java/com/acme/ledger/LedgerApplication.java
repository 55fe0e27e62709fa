package com.acme.ledger;

import com.acme.ledger.core.AccountRepository;
import com.acme.ledger.core.TransferService;
import com.acme.ledger.web.AccountController;

public class LedgerApplication {
    public static void main(String[] args) {
        AccountRepository repository = new AccountRepository();
        AccountController controller = new AccountController(repository, new TransferService(repository));
        System.out.println(controller.describe(args.length > 0 ? args[0] : "a-1"));
    }
}
