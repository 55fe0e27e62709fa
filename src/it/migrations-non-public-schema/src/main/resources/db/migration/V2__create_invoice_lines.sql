CREATE TABLE billing.invoice_lines (
    id         BIGSERIAL PRIMARY KEY,
    invoice_id BIGINT NOT NULL REFERENCES billing.invoices (id),
    amount     NUMERIC(12, 2) NOT NULL
);
