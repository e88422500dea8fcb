package org.socialcare.supervision.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox's regular check ({@link NotificationMailer#sendDue()}). */
@Configuration
@EnableScheduling
class MailOutboxSchedule {
}
