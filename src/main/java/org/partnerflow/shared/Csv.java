package org.partnerflow.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), with every text cell made safe for spreadsheets: a text
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe so that no spreadsheet runs it as a
 * formula. Numbers stay numbers (amounts in plain notation), negative ones included.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv row(Object... cells) {
        List<String> out = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            out.add(cell(cell));
        }
        text.append(String.join(",", out)).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The CSV as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One cell: quoted when needed, and never starting with a formula character unless it is a number. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !(value instanceof Number)) {
            cell = "'" + cell;
        }
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** Reads CSV written as above back into rows of cells (quotes undone; the apostrophe guard is kept). */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                // the \n ends the row
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
