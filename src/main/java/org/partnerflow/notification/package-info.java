/**
 * E-mail: notifications queued in an outbox in the transaction of the change that causes them, rendered from
 * templates, and sent later with retries through Spring Mail (logged instead while e-mail is off).
 */
package org.partnerflow.notification;
