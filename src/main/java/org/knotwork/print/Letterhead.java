package org.knotwork.print;

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
}
