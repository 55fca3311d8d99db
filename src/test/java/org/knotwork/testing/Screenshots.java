package org.knotwork.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of a scene for a person to look at, under target/screens. */
public final class Screenshots {
  private Screenshots() {}

  /** Saves what {@code scene} shows as target/screens/NAME.png. */
  public static void save(FxRobot robot, Scene scene, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = scene.snapshot(null));
    int w = (int) image[0].getWidth();
    int h = (int) image[0].getHeight();
    BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image[0].getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path dir = Files.createDirectories(Path.of("target", "screens"));
    ImageIO.write(buffered, "png", dir.resolve(name + ".png").toFile());
  }
}
