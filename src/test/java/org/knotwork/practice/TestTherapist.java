package org.knotwork.practice;

import java.util.Optional;
import org.knotwork.session.Signer;

/** The therapist of the practices tests start. */
public final class TestTherapist {
  public static final TherapistProfile PROFILE =
      new TherapistProfile(
          "Maya Lindqvist",
          "Registered Massage Therapist",
          "RMT-20417",
          "College of Massage Therapists");

  public static final Signer SIGNER = PROFILE.asSigner();

  private TestTherapist() {}

  /** For services that ask who signs. */
  public static Optional<Signer> signer() {
    return Optional.of(SIGNER);
  }
}
