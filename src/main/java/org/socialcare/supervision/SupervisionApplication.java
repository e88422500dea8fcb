package org.socialcare.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SupervisionApplication {

  public static void main(String[] args) {
    SpringApplication.run(SupervisionApplication.class, args);
  }
}
