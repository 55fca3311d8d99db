package org.knotwork.practice;

import java.time.LocalDateTime;

/**
 * The therapist's practice as a whole.
 *
 * @param demo true for a generated demo practice, which can be discarded in one step
 */
public record Practice(String name, boolean demo, LocalDateTime createdAt) {}
