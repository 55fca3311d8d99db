package org.knotwork.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The practice's key, kept beside the database: a random 256-bit data key that encrypts the
 * database file, itself encrypted (AES-GCM) under a key derived from the therapist's passphrase
 * with PBKDF2-HMAC-SHA256 and a random salt. Changing the passphrase re-wraps the data key; the
 * database file is not rewritten. Without the passphrase the data key cannot be recovered.
 */
public final class KeyFile {
  /** PBKDF2 rounds for new key files; about half a second on a modest laptop. */
  public static final int ITERATIONS = 310_000;

  private static final String FORMAT = "knotwork-key-1";
  private static final int DATA_KEY_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] iv;
  private final byte[] wrapped;

  private KeyFile(int iterations, byte[] salt, byte[] iv, byte[] wrapped) {
    this.iterations = iterations;
    this.salt = salt;
    this.iv = iv;
    this.wrapped = wrapped;
  }

  /** A new key file with a fresh random data key, wrapped under the passphrase. */
  public static KeyFile create(char[] passphrase) {
    return create(passphrase, ITERATIONS);
  }

  static KeyFile create(char[] passphrase, int iterations) {
    byte[] dataKey = random(DATA_KEY_BYTES);
    try {
      return wrap(dataKey, passphrase, iterations);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** Reads a key file; a damaged or foreign file is refused with a sentence. */
  public static KeyFile read(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      if (!FORMAT.equals(p.getProperty("format"))) {
        throw new DatabaseException(
            "The key file " + file + " is not one Knotwork can read. Nothing was changed.");
      }
      Base64.Decoder b64 = Base64.getDecoder();
      return new KeyFile(
          Integer.parseInt(p.getProperty("iterations")),
          b64.decode(p.getProperty("salt")),
          b64.decode(p.getProperty("iv")),
          b64.decode(p.getProperty("wrappedKey")));
    } catch (IOException | RuntimeException e) {
      if (e instanceof DatabaseException d) {
        throw d;
      }
      throw new DatabaseException(
          "The key file "
              + file
              + " is damaged and the records cannot be unlocked without it."
              + " Restore it from a backup. Nothing was changed.",
          e);
    }
  }

  /**
   * Writes the key file next to a temporary copy first, so it is never half written, readable by
   * the user only.
   */
  public void write(Path file) throws IOException {
    Properties p = new Properties();
    Base64.Encoder b64 = Base64.getEncoder();
    p.setProperty("format", FORMAT);
    p.setProperty("kdf", "PBKDF2WithHmacSHA256");
    p.setProperty("iterations", Integer.toString(iterations));
    p.setProperty("salt", b64.encodeToString(salt));
    p.setProperty("cipher", "AES/GCM/NoPadding");
    p.setProperty("iv", b64.encodeToString(iv));
    p.setProperty("wrappedKey", b64.encodeToString(wrapped));
    PrivateFiles.write(
        file,
        out ->
            p.store(
                out,
                "Knotwork practice key. Without it and the passphrase the records cannot be read."));
  }

  /**
   * Opens the data key with the passphrase and returns what opens the database.
   *
   * @throws WrongPassphraseException if the passphrase is not the one the key was wrapped with
   */
  public DatabaseCredentials unlock(char[] passphrase) {
    byte[] dataKey = unwrap(passphrase);
    try {
      return DatabaseCredentials.encrypted(dataKey);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** The same data key wrapped under a new passphrase (after checking the current one). */
  public KeyFile rewrap(char[] current, char[] replacement) {
    byte[] dataKey = unwrap(current);
    try {
      return wrap(dataKey, replacement, iterations);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private byte[] unwrap(char[] passphrase) {
    byte[] kek = derive(passphrase, salt, iterations);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
      c.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
      return c.doFinal(wrapped);
    } catch (AEADBadTagException e) {
      throw new WrongPassphraseException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no AES-GCM", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private static KeyFile wrap(byte[] dataKey, char[] passphrase, int iterations) {
    byte[] salt = random(SALT_BYTES);
    byte[] iv = random(IV_BYTES);
    byte[] kek = derive(passphrase, salt, iterations);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
      c.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
      return new KeyFile(iterations, salt, iv, c.doFinal(dataKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no AES-GCM", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
    // Normalise so the same passphrase typed on another keyboard layout still matches.
    char[] normal =
        java.text.Normalizer.normalize(CharBuffer.wrap(passphrase), java.text.Normalizer.Form.NFC)
            .toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normal, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(normal, '\0');
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** For tests: the wrapped key as stored. */
  ByteBuffer wrappedKey() {
    return ByteBuffer.wrap(wrapped).asReadOnlyBuffer();
  }
}
