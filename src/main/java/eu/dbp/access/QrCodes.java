package eu.dbp.access;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * QR codes (ISO/IEC 18004) that resolve to the public passport page of a battery, as the label of
 * Art. 13(6) requires.
 */
@Component
class QrCodes {

    private static final int PNG_SIZE = 400;

    private final String publicBaseUrl;

    QrCodes(@Value("${dbp.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/")
                        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                        : publicBaseUrl;
    }

    String pageUrl(String batteryIdentifier) {
        return publicBaseUrl
                + "/p/"
                + URLEncoder.encode(batteryIdentifier, StandardCharsets.UTF_8).replace("+", "%20");
    }

    byte[] png(String batteryIdentifier) {
        BitMatrix matrix = matrix(pageUrl(batteryIdentifier), PNG_SIZE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One module per SVG unit, drawn as a single path, so the image scales without blur. */
    String svg(String batteryIdentifier) {
        BitMatrix matrix = matrix(pageUrl(batteryIdentifier), 0);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + size
                + " "
                + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\""
                + path
                + "\"/></svg>";
    }

    private static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }
}
