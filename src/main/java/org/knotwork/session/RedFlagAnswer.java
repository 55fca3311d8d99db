package org.knotwork.session;

/** The client's answer to a red-flag question. */
public enum RedFlagAnswer {
  YES,
  NO
}
