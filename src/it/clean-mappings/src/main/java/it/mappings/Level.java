package it.mappings;

public enum Level { BRONZE, SILVER, GOLD }
