package org.knotwork.calendar;

/**
 * Which appointment card to make.
 *
 * @param appointmentId the appointment the card is made from
 * @param allUpcoming true for all of the client's booked appointments from now on (a plan's
 *     series), false for this appointment alone
 */
public record CardChoice(long appointmentId, boolean allUpcoming) {}
