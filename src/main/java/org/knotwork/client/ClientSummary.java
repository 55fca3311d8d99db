package org.knotwork.client;

import java.time.LocalDate;

/** One row of the client list. */
public record ClientSummary(
    long id,
    String fullName,
    String preferredName,
    LocalDate dateOfBirth,
    LocalDate lastVisit,
    boolean archived) {}
