package org.knotwork.print;

import org.knotwork.practice.PracticeDetails;

/**
 * What heads every printed page: the practice's details from Settings.
 *
 * @param address one or more lines separated by "\n"; may be empty
 * @param phone may be empty
 * @param email may be empty
 * @param logo a PNG or JPEG; null for none
 */
public record Letterhead(
    String practiceName, String address, String phone, String email, byte[] logo) {
  public Letterhead {
    practiceName = practiceName == null ? "" : practiceName;
    address = address == null ? "" : address;
    phone = phone == null ? "" : phone;
    email = email == null ? "" : email;
  }

  /** The letterhead of a practice called {@code practiceName} with these details. */
  public static Letterhead of(String practiceName, PracticeDetails details) {
    return new Letterhead(
        practiceName, details.address(), details.phone(), details.email(), details.logo());
  }
}
