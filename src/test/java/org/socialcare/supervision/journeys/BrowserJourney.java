package org.socialcare.supervision.journeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class of real-browser journeys (name it {@code ...JourneyIT}: failsafe runs it in
 * {@code ./mvnw verify}, against the packaged jar). Its test methods may take a {@link Browser}
 * (fresh per journey) and the {@link org.socialcare.supervision.PackagedApplication} (one for the
 * whole run, demo organisation). Skipped, with the reason, where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("journey")
@ExtendWith({ChromiumAvailable.class, Journeys.class})
public @interface BrowserJourney {
}
