package it.mappings;

public enum Status { ACTIVE, BLOCKED }
