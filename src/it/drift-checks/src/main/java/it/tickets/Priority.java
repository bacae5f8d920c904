package it.tickets;

public enum Priority { LOW, NORMAL, URGENT }
