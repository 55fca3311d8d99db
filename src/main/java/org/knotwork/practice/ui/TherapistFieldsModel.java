package org.knotwork.practice.ui;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.practice.TherapistProfile;

/**
 * The therapist's profile as typed: name as registered, professional title, registration number and
 * the body that issued it, with what is still wrong with it. Shared by the welcome, the Practice
 * page and the question asked before a first signature.
 */
public final class TherapistFieldsModel {
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty title = new SimpleStringProperty(this, "title", "");
  private final StringProperty registration = new SimpleStringProperty(this, "registration", "");
  private final StringProperty registeredWith =
      new SimpleStringProperty(this, "registeredWith", "");
  private final ObjectBinding<Map<String, String>> problems =
      Bindings.createObjectBinding(
          () -> profile().problems(), name, title, registration, registeredWith);
  private final BooleanBinding valid =
      Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);

  /** The profile as typed now. */
  public TherapistProfile profile() {
    return new TherapistProfile(name.get(), title.get(), registration.get(), registeredWith.get());
  }

  /** Fills the fields from a stored profile. */
  public void show(TherapistProfile profile) {
    name.set(profile.name());
    title.set(profile.title());
    registration.set(profile.registration());
    registeredWith.set(profile.registeredWith());
  }

  /** Whether the typed profile differs from {@code stored} (null: nothing stored yet). */
  public boolean differsFrom(TherapistProfile stored) {
    return stored == null ? !name.get().isBlank() : !profile().equals(stored);
  }

  /** The problem with one field ("name", "title", "registration", "registeredWith"), or null. */
  public StringBinding problemWith(String field) {
    return Bindings.createStringBinding(() -> problems.get().get(field), problems);
  }

  public ObjectBinding<Map<String, String>> problemsBinding() {
    return problems;
  }

  public BooleanBinding validBinding() {
    return valid;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty registrationProperty() {
    return registration;
  }

  public StringProperty registeredWithProperty() {
    return registeredWith;
  }
}
