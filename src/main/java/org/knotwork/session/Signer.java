package org.knotwork.session;

import java.util.Objects;

/**
 * Who signed a clinical record, as they were registered at that moment: a copy of the therapist's
 * profile kept with the signed note, addendum or agreed plan, so that a later change of title or
 * registration never rewrites an older signature.
 *
 * @param name the name as registered, e.g. "Maya Lindqvist"
 * @param title the professional title, e.g. "Registered Massage Therapist"
 * @param registration the registration or licence number; empty where there is none
 * @param registeredWith the body that issued it; empty where there is none
 */
public record Signer(String name, String title, String registration, String registeredWith) {
  public Signer {
    name = Objects.requireNonNull(name, "name").strip();
    title = Objects.requireNonNull(title, "title").strip();
    registration = registration == null ? "" : registration.strip();
    registeredWith = registeredWith == null ? "" : registeredWith.strip();
    if (name.isEmpty() || title.isEmpty()) {
      throw new IllegalArgumentException("A signature needs the name and the professional title.");
    }
  }

  /** "Maya Lindqvist, Registered Massage Therapist". */
  public String nameAndTitle() {
    return name + ", " + title;
  }

  /**
   * "Registration no. RMT-20417, College of Massage Therapists"; empty when there is no
   * registration.
   */
  public String registrationLine() {
    if (registration.isEmpty() && registeredWith.isEmpty()) {
      return "";
    }
    if (registration.isEmpty()) {
      return "Registered with " + registeredWith;
    }
    return "Registration no. "
        + registration
        + (registeredWith.isEmpty() ? "" : ", " + registeredWith);
  }

  /** Name, title and registration on one line, as a signature is shown and exported. */
  public String line() {
    String registered = registrationLine();
    return registered.isEmpty() ? nameAndTitle() : nameAndTitle() + " (" + registered + ")";
  }
}
