package org.socialcare.supervision.common;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the application's own REST hands out: an attachment with its name, never cached (records are private). */
public final class Downloads {

  private Downloads() {
  }

  public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content);
  }
}
