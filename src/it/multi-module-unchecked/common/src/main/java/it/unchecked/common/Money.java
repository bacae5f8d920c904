package it.unchecked.common;

public record Money(long cents) {}
