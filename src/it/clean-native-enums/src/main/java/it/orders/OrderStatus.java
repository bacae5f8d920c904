package it.orders;

/** Declared in the order of the workflow, which the migrations' type keeps too. */
public enum OrderStatus {
  NEW, PAID, SHIPPED, CANCELLED
}
