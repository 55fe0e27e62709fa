SET lock_timeout = '5s';
CLUSTER accounts USING accounts_pkey;
