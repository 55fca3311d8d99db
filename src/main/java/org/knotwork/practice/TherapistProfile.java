package org.knotwork.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.session.Signer;

/**
 * The therapist who keeps this practice's records, as registered: who signs notes, addenda and
 * agreed plans, and (later) receipts.
 *
 * @param name the name as registered, e.g. "Maya Lindqvist"
 * @param title the professional title, e.g. "Registered Massage Therapist"
 * @param registration the registration or licence number; empty where the work is not registered
 * @param registeredWith the body that issued the number, e.g. "College of Massage Therapists"
 */
public record TherapistProfile(
    String name, String title, String registration, String registeredWith) {
  public static final int MAX_NAME = 100;
  public static final int MAX_TITLE = 100;
  public static final int MAX_REGISTRATION = 60;
  public static final int MAX_REGISTERED_WITH = 150;

  public TherapistProfile {
    name = name == null ? "" : name.strip();
    title = title == null ? "" : title.strip();
    registration = registration == null ? "" : registration.strip();
    registeredWith = registeredWith == null ? "" : registeredWith.strip();
  }

  /**
   * What is wrong with the profile, by field ("name", "title", "registration", "registeredWith"),
   * in words for the therapist; empty when it can be saved.
   */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (name.isEmpty()) {
      problems.put("name", "Enter your name as it is registered.");
    } else if (name.length() > MAX_NAME) {
      problems.put("name", "Keep the name under " + MAX_NAME + " characters.");
    }
    if (title.isEmpty()) {
      problems.put("title", "Enter your professional title, e.g. Registered Massage Therapist.");
    } else if (title.length() > MAX_TITLE) {
      problems.put("title", "Keep the title under " + MAX_TITLE + " characters.");
    }
    if (registration.length() > MAX_REGISTRATION) {
      problems.put(
          "registration",
          "Keep the registration number under " + MAX_REGISTRATION + " characters.");
    }
    if (registeredWith.length() > MAX_REGISTERED_WITH) {
      problems.put("registeredWith", "Keep this under " + MAX_REGISTERED_WITH + " characters.");
    } else if (!registration.isEmpty() && registeredWith.isEmpty()) {
      problems.put("registeredWith", "Enter the body that issued your registration number.");
    }
    return problems;
  }

  /** The profile as a signature kept with a signed record. */
  public Signer asSigner() {
    return new Signer(name, title, registration, registeredWith);
  }
}
