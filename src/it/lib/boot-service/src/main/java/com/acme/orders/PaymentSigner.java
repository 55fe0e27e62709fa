package com.acme.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Signs the payment callbacks the payment provider checks. */
@Component
public class PaymentSigner {
    private final String secret;

    public PaymentSigner(@Value("${payments.secret:dev}") String secret) {
        this.secret = secret;
    }

    public String sign(String orderId, String amount) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] digest = md5.digest((orderId + ":" + amount + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
