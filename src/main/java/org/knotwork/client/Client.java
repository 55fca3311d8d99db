package org.knotwork.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knotwork.body.BackRegion;

/**
 * A client's intake record: who they are, how to reach them, their health history and consent.
 *
 * @param id null until the record is first saved
 * @param archivedAt null while the client is active
 */
public record Client(
    Long id,
    String fullName,
    String preferredName,
    LocalDate dateOfBirth,
    String pronouns,
    String phone,
    String email,
    String address,
    EmergencyContact emergencyContact,
    String physician,
    String occupation,
    WorkPosture workPosture,
    String activities,
    String medications,
    Allergies allergies,
    PressurePreference pressurePreference,
    LocalDate generalConsentOn,
    Map<BackRegion, LocalDate> regionConsents,
    List<ConditionEntry> conditions,
    String notes,
    LocalDateTime archivedAt) {

  public Client {
    fullName = fullName == null ? "" : fullName.strip();
    preferredName = Text.blankToNull(preferredName);
    pronouns = Text.blankToNull(pronouns);
    phone = Text.blankToNull(phone);
    email = Text.blankToNull(email);
    address = Text.blankToNull(address);
    emergencyContact = emergencyContact == null ? EmergencyContact.NONE : emergencyContact;
    physician = Text.blankToNull(physician);
    occupation = Text.blankToNull(occupation);
    activities = Text.blankToNull(activities);
    medications = Text.blankToNull(medications);
    allergies = allergies == null ? Allergies.NONE : allergies;
    regionConsents =
        regionConsents == null || regionConsents.isEmpty()
            ? Map.of()
            : Map.copyOf(new EnumMap<>(regionConsents));
    conditions =
        conditions == null
            ? List.of()
            : conditions.stream().sorted(Comparator.comparing(ConditionEntry::condition)).toList();
    notes = Text.blankToNull(notes);
  }

  /** An empty record for a new client. */
  public static Client blank() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  /** The name to greet the client by. */
  public String displayName() {
    return preferredName != null ? preferredName : fullName;
  }

  /** Age in whole years on the given day, if the date of birth is known. */
  public Optional<Integer> ageOn(LocalDate day) {
    return Optional.ofNullable(dateOfBirth).map(dob -> Period.between(dob, day).getYears());
  }

  public Optional<ConditionEntry> condition(HealthCondition condition) {
    return conditions.stream().filter(c -> c.condition() == condition).findFirst();
  }

  /** Mutable helper for assembling a record field by field. */
  public static final class Builder {
    private Long id;
    private String fullName;
    private String preferredName;
    private LocalDate dateOfBirth;
    private String pronouns;
    private String phone;
    private String email;
    private String address;
    private EmergencyContact emergencyContact = EmergencyContact.NONE;
    private String physician;
    private String occupation;
    private WorkPosture workPosture;
    private String activities;
    private String medications;
    private Allergies allergies = Allergies.NONE;
    private PressurePreference pressurePreference;
    private LocalDate generalConsentOn;
    private Map<BackRegion, LocalDate> regionConsents = Map.of();
    private List<ConditionEntry> conditions = List.of();
    private String notes;
    private LocalDateTime archivedAt;

    private Builder() {}

    private Builder(Client c) {
      id = c.id;
      fullName = c.fullName;
      preferredName = c.preferredName;
      dateOfBirth = c.dateOfBirth;
      pronouns = c.pronouns;
      phone = c.phone;
      email = c.email;
      address = c.address;
      emergencyContact = c.emergencyContact;
      physician = c.physician;
      occupation = c.occupation;
      workPosture = c.workPosture;
      activities = c.activities;
      medications = c.medications;
      allergies = c.allergies;
      pressurePreference = c.pressurePreference;
      generalConsentOn = c.generalConsentOn;
      regionConsents = c.regionConsents;
      conditions = c.conditions;
      notes = c.notes;
      archivedAt = c.archivedAt;
    }

    public Builder id(Long value) {
      id = value;
      return this;
    }

    public Builder fullName(String value) {
      fullName = value;
      return this;
    }

    public Builder preferredName(String value) {
      preferredName = value;
      return this;
    }

    public Builder dateOfBirth(LocalDate value) {
      dateOfBirth = value;
      return this;
    }

    public Builder pronouns(String value) {
      pronouns = value;
      return this;
    }

    public Builder phone(String value) {
      phone = value;
      return this;
    }

    public Builder email(String value) {
      email = value;
      return this;
    }

    public Builder address(String value) {
      address = value;
      return this;
    }

    public Builder emergencyContact(EmergencyContact value) {
      emergencyContact = value;
      return this;
    }

    public Builder physician(String value) {
      physician = value;
      return this;
    }

    public Builder occupation(String value) {
      occupation = value;
      return this;
    }

    public Builder workPosture(WorkPosture value) {
      workPosture = value;
      return this;
    }

    public Builder activities(String value) {
      activities = value;
      return this;
    }

    public Builder medications(String value) {
      medications = value;
      return this;
    }

    public Builder allergies(Allergies value) {
      allergies = value;
      return this;
    }

    public Builder pressurePreference(PressurePreference value) {
      pressurePreference = value;
      return this;
    }

    public Builder generalConsentOn(LocalDate value) {
      generalConsentOn = value;
      return this;
    }

    public Builder regionConsents(Map<BackRegion, LocalDate> value) {
      regionConsents = value;
      return this;
    }

    public Builder conditions(List<ConditionEntry> value) {
      conditions = value;
      return this;
    }

    public Builder notes(String value) {
      notes = value;
      return this;
    }

    public Builder archivedAt(LocalDateTime value) {
      archivedAt = value;
      return this;
    }

    public Client build() {
      return new Client(
          id,
          fullName,
          preferredName,
          dateOfBirth,
          pronouns,
          phone,
          email,
          address,
          emergencyContact,
          physician,
          occupation,
          workPosture,
          activities,
          medications,
          allergies,
          pressurePreference,
          generalConsentOn,
          regionConsents,
          conditions,
          notes,
          archivedAt);
    }
  }
}
