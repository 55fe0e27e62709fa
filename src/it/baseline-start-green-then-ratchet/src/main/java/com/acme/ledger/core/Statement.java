package com.acme.ledger.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

public class Statement {
    private final List<String> lines = new ArrayList<>();
    private @Nullable String footer;

    public void add(String line) { lines.add(line); }

    public void footer(@Nullable String footer) { this.footer = footer; }

    public int footerLength() { return footer.length(); }

    public String render() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) out.append(line).append('\n');
        String unused = "x";
        return out.toString();
    }
}
