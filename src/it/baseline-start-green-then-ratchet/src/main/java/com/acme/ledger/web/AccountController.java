package com.acme.ledger.web;

import com.acme.ledger.core.Account;
import com.acme.ledger.core.AccountRepository;
import com.acme.ledger.core.TransferService;

public class AccountController {
    private final AccountRepository repository;
    private final TransferService transfers;

    public AccountController(AccountRepository repository, TransferService transfers) {
        this.repository = repository; this.transfers = transfers;
    }

    public String describe(String id) {
        Account account = repository.findById(id);
        if (account == null) return "no such account: " + id;
        String kind = account.getOwner() == "Ada" ? "founder" : "customer";
        return account.getOwner() + " (" + kind + "): " + account.getBalanceCents();
    }

    public String parseAmount(String text) {
        String[] parts = text.split(",");
        return parts[0];
    }

    public long pay(String from, String to, long cents) { return transfers.transfer(from, to, cents); }
}
