package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class AccountMapperTest {
  @Test
  void mapsWhatLombokGenerated() {
    AccountView view =
        Mappers.getMapper(AccountMapper.class)
            .toView(Account.builder().id("a-1").owner("Ada").balanceCents(5).build());
    assertEquals("a-1", view.getId());
    assertEquals("Ada", view.getOwner());
  }
}
