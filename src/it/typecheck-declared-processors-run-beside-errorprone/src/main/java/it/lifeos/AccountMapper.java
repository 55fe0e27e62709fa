package it.lifeos;

import org.mapstruct.Mapper;

/** MapStruct generates AccountMapperImpl from Lombok's getters and setters. */
@Mapper
public interface AccountMapper {
  AccountView toView(Account account);
}
