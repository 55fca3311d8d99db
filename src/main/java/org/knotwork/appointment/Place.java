package org.knotwork.appointment;

/** Where an appointment is: the room, or a client's home with its address. */
public record Place(PlaceKind kind, String address) {
  public static final Place ROOM = new Place(PlaceKind.ROOM, null);

  public Place {
    if (kind == null) {
      throw new IllegalArgumentException("A place has a kind.");
    }
    if (kind == PlaceKind.ROOM) {
      address = null;
    } else {
      address = address == null || address.isBlank() ? null : address.strip();
    }
  }

  public static Place clientHome(String address) {
    return new Place(PlaceKind.CLIENT_HOME, address);
  }

  public boolean isMobile() {
    return kind == PlaceKind.CLIENT_HOME;
  }

  /** The place in a few words: "the room", or the address's first line. */
  public String shortName() {
    if (!isMobile()) {
      return "the room";
    }
    if (address == null) {
      return "the client's home";
    }
    return address.lines().findFirst().orElse(address).strip();
  }
}
