package org.partnerflow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect provider small enough to read, on the JDK's own HTTP server: discovery, the signing keys (an RSA
 * key made at start), an authorization endpoint that signs in whoever {@link #signInAs} named without asking, and a
 * token endpoint that checks the client's secret and the code and returns an ID token signed with RS256. Enough for
 * Spring Security's authorization-code login to run for real against it.
 */
public final class MockOidcIssuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> nextUser = Map.of();
    private volatile boolean forgeNext;

    private record Grant(String nonce, String redirectUri, Map<String, Object> claims, boolean forged) {
    }

    private MockOidcIssuer(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            key = new RSAKeyGenerator(2048).keyID("mock-key").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("mock-key").generate(); // same kid, not the issuer's key
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", this::keys);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public static MockOidcIssuer start(String clientId, String clientSecret) {
        return new MockOidcIssuer(clientId, clientSecret);
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The claims of the person who signs in at the next visit to the authorization endpoint (sub is required). */
    public void signInAs(Map<String, Object> claims) {
        this.nextUser = Map.copyOf(claims);
        this.forgeNext = false;
    }

    /** The next ID token is signed with a key that is not the issuer's, as a forger would. */
    public void forgeNextToken() {
        this.forgeNext = true;
    }

    /** How many times the token endpoint was called. */
    public int tokenRequests() {
        return tokenRequests.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile", "email"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        send(exchange, 200, JSON.writeValueAsString(metadata));
    }

    private void keys(HttpExchange exchange) throws IOException {
        send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || query.get("redirect_uri") == null) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("nonce"), query.get("redirect_uri"), nextUser, forgeNext));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.add(exchange.getRequestURI().toString());
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer()).audience(clientId).issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300)));
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        grant.claims().forEach(claims::claim);
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            idToken.sign(new RSASSASigner(grant.forged() ? otherKey : key));
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("access_token", UUID.randomUUID().toString());
            response.put("token_type", "Bearer");
            response.put("expires_in", 300);
            response.put("scope", "openid profile email");
            response.put("id_token", idToken.serialize());
            send(exchange, 200, JSON.writeValueAsString(response));
        } catch (JOSEException e) {
            send(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
