package org.knotwork.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text form in which the therapist writes a handout's sections: a line starting with "#"
 * begins a section, "1." (or "1)") lines are steps, "-" or "•" lines are bullets, and other lines
 * are the section's paragraph.
 */
public final class HandoutText {
  private static final Pattern STEP = Pattern.compile("^\\d{1,2}[.)]\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^[-•*]\\s+(.*)$");

  private HandoutText() {}

  public static String format(List<HandoutSection> sections) {
    StringBuilder text = new StringBuilder();
    for (HandoutSection s : sections) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append("# ").append(s.heading()).append('\n');
      if (!s.text().isBlank()) {
        text.append(s.text()).append('\n');
      }
      for (int i = 0; i < s.bullets().size(); i++) {
        text.append(s.numbered() ? (i + 1) + ". " : "- ").append(s.bullets().get(i)).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Reads sections back. Text before the first heading becomes a section headed "About this"; a
   * section mixing steps and bullets is numbered when its first item is a step.
   */
  public static List<HandoutSection> parse(String text) {
    List<HandoutSection> sections = new ArrayList<>();
    String heading = null;
    StringBuilder paragraph = new StringBuilder();
    List<String> items = new ArrayList<>();
    Boolean numbered = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.startsWith("#")) {
        if (heading != null || !paragraph.isEmpty() || !items.isEmpty()) {
          sections.add(section(heading, paragraph, items, numbered));
        }
        heading = line.replaceFirst("^#+", "").strip();
        paragraph = new StringBuilder();
        items = new ArrayList<>();
        numbered = null;
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      Matcher step = STEP.matcher(line);
      Matcher bullet = BULLET.matcher(line);
      if (step.matches()) {
        items.add(step.group(1).strip());
        numbered = numbered == null ? Boolean.TRUE : numbered;
      } else if (bullet.matches()) {
        items.add(bullet.group(1).strip());
        numbered = numbered == null ? Boolean.FALSE : numbered;
      } else if (!items.isEmpty()) {
        // a wrapped continuation of the item above
        int last = items.size() - 1;
        items.set(last, items.get(last) + " " + line);
      } else {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
      }
    }
    if (heading != null || !paragraph.isEmpty() || !items.isEmpty()) {
      sections.add(section(heading, paragraph, items, numbered));
    }
    return sections;
  }

  private static HandoutSection section(
      String heading, StringBuilder paragraph, List<String> items, Boolean numbered) {
    return new HandoutSection(
        heading == null ? "About this" : heading,
        paragraph.toString(),
        items,
        Boolean.TRUE.equals(numbered));
  }
}
