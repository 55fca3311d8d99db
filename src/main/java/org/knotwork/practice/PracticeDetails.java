package org.knotwork.practice;

/**
 * The practice's contact details and printing choices, printed as the letterhead of plans and
 * handouts.
 *
 * @param address one or more lines; may be empty
 * @param logo a PNG or JPEG; null for none
 */
public record PracticeDetails(
    String address, String phone, String email, byte[] logo, PaperSize paperSize) {
  public static final PracticeDetails NONE = new PracticeDetails("", "", "", null, PaperSize.A4);

  public PracticeDetails {
    address = address == null ? "" : address.strip();
    phone = phone == null ? "" : phone.strip();
    email = email == null ? "" : email.strip();
    paperSize = paperSize == null ? PaperSize.A4 : paperSize;
  }
}
