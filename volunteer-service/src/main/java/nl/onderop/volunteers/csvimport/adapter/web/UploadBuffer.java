package nl.onderop.volunteers.csvimport.adapter.web;

import java.io.ByteArrayOutputStream;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/** Collects an uploaded file up to a limit; past it, only counts (and releases) what still arrives. */
final class UploadBuffer {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long total;

    UploadBuffer(int limit) {
        this.limit = limit;
    }

    UploadBuffer append(DataBuffer buffer) {
        try {
            int readable = buffer.readableByteCount();
            total += readable;
            if (total <= limit) {
                byte[] chunk = new byte[readable];
                buffer.read(chunk);
                bytes.writeBytes(chunk);
            }
            return this;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    boolean tooLarge() {
        return total > limit;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
