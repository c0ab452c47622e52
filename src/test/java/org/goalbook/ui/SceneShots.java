package org.goalbook.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.testfx.api.FxRobot;

/** A scene as the user sees it, kept in target/screenshots for a person to look at, for tests to read pixels of. */
final class SceneShots {
    private SceneShots() {
    }

    static BufferedImage take(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        return image;
    }

    /** 0 (black) to 255 (white). */
    static int brightness(int argb) {
        return (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / 3;
    }
}
