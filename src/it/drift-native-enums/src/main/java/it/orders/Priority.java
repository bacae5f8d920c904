package it.orders;

public enum Priority {
  LOW, NORMAL, HIGH, URGENT
}
