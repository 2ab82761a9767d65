package org.partnerflow.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The GreenMail SMTP server of the mail tests, on one free port for the whole JVM, so every class that uses it
 * shares one Spring context (whose spring.mail.port is that port). Each test gets a fresh server with an empty
 * mailbox ({@link #server()} in a static RegisterExtension field); a test may stop and start it.
 */
public final class TestSmtp {

    public static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(SETUP);
    }

    /** Points Spring Mail at the test server. */
    public static class Port implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.port=" + SETUP.getPort()).applyTo(context.getEnvironment());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
