package it.orders;

/** REFUNDED is new: the migrations' type does not have it yet. */
public enum OrderStatus {
  NEW, PAID, SHIPPED, REFUNDED, CANCELLED
}
