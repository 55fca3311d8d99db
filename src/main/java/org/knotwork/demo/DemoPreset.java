package org.knotwork.demo;

import java.util.Locale;

/** Named sizes of demo practice, for trying Knotwork out and for measuring it at scale. */
public enum DemoPreset {
  /** Ten years of a busy sole practice: about 60,000 visits and 150,000 region findings. */
  TEN_YEAR(2_000, 10),
  /** Five times the ten-year practice's clients, for stress runs. */
  STRESS(10_000, 10);

  private final int clients;
  private final int years;

  DemoPreset(int clients, int years) {
    this.clients = clients;
    this.years = years;
  }

  public int clients() {
    return clients;
  }

  public int years() {
    return years;
  }

  /** The name typed on the command line: {@code ten-year}, {@code stress}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The preset with this command-line name, ignoring case. */
  public static DemoPreset fromCliName(String name) {
    for (DemoPreset p : values()) {
      if (p.cliName().equalsIgnoreCase(name.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "There is no demo preset called “" + name + "”. Choose ten-year or stress.");
  }
}
