package org.knotwork.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The size of the screen {@link RealDisplay} starts for a real-window test class, where it is not
 * the usual 1280×800 (a small laptop, say).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ScreenSize {
  int width();

  int height();
}
