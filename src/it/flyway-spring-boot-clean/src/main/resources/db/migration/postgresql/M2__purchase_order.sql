CREATE TABLE purchase_order (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL CONSTRAINT fk_order_customer REFERENCES customer (id)
);
CREATE INDEX ix_purchase_order_customer_id ON purchase_order (customer_id);
