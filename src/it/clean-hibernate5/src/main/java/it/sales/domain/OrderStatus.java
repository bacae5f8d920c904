package it.sales.domain;

public enum OrderStatus { OPEN, PAID, SHIPPED }
