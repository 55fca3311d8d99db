package org.knotwork.client;

/** Who to call if something happens during a session. All parts are optional. */
public record EmergencyContact(String name, String relation, String phone) {
  public static final EmergencyContact NONE = new EmergencyContact(null, null, null);

  public EmergencyContact {
    name = Text.blankToNull(name);
    relation = Text.blankToNull(relation);
    phone = Text.blankToNull(phone);
  }
}
