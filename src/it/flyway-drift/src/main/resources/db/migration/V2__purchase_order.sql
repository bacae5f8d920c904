CREATE TABLE purchase_order (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL CONSTRAINT fk_order_customer REFERENCES customer (id)
);
CREATE TABLE audit_entry (id bigint PRIMARY KEY, what text);
INSERT INTO audit_entry VALUES (1, 'created');
