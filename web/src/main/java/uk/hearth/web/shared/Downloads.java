package uk.hearth.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file sent as a download: its own name (any script) and its type, which browsers keep to (SecurityHeaders). */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String mediaType, String fileName, byte[] content) throws IOException {
        response.setContentType(mediaType);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
