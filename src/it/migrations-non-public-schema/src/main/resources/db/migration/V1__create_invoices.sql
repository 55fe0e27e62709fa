CREATE TABLE billing.invoices (
    id     BIGSERIAL PRIMARY KEY,
    total  NUMERIC(12, 2) NOT NULL
);
