package it.quoted.domain;

public enum OrderStatus { NEW, PAID, SHIPPED }
