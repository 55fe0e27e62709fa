package com.acme.ledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Signs session tokens (written before the security review). */
public class TokenSigner {
    public String sign(String token) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("MD5").digest(token.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
