package org.tadworkbench;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The server shell: Spring Boot over the plain-Java feature modules. Started by {@code tad serve}. */
@SpringBootApplication
public class TadWorkbenchApplication {
}
