package com.acme.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentSignerTest {
    @Test
    void signsWithTheSharedSecret() throws Exception {
        assertThat(new PaymentSigner("s3").sign("1", "12.50")).hasSize(32).isNotEqualTo(new PaymentSigner("s4").sign("1", "12.50"));
    }
}
