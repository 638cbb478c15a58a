package dev.handbook.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a request reaches the server exactly as written: java.net.http would
 * normalise dot segments and refuse some of the paths an attacker sends.
 */
final class RawHttp {

    /** What the server answered; header names in lower case. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        /** The body as UTF-8 text. */
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The status line and the start of the body, for assertion messages. */
        String summary() {
            String text = text();
            return status + " " + headers + "\n" + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** {@code GET target} on 127.0.0.1:port; the target goes on the request line as it is. */
    static Response get(int port, String target) {
        return request(port, "GET", target);
    }

    /** One request with no body on its own connection. */
    static Response request(int port, String method, String target) {
        return send(port, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n");
    }

    /** {@code GET target} with this Host header, or none when {@code host} is null (as HTTP/1.0 allows). */
    static Response getAs(int port, String host, String target) {
        return host == null ? send(port, "GET " + target + " HTTP/1.0\r\n\r\n")
                : send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends a request's head exactly as written, on its own connection, and reads the answer. */
    static Response send(int port, String head) {
        String method = head.substring(0, Math.max(0, head.indexOf(' ')));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IllegalStateException("not an HTTP response: '" + statusLine + "'");
            }
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
            String length = headers.get("content-length");
            byte[] body = method.equals("HEAD") ? new byte[0]
                    : length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Response(Integer.parseInt(parts[1]), Map.copyOf(headers), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // One header line without its CRLF; an empty string at the blank line that ends the headers.
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended inside the headers");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
