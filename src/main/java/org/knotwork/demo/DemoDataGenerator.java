package org.knotwork.demo;

import java.time.LocalDate;
import java.util.List;

/** Generates believable demo clients deterministically from a seed. */
final class DemoDataGenerator {
  DemoDataGenerator(long seed, LocalDate today) {}

  List<DemoPractice.DemoClient> clients(int count, int years) {
    return List.of();
  }
}
