package dev.orgwright.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails with {@link TooLongException} as soon as more than a limit of bytes is read. */
final class LimitedInputStream extends FilterInputStream {

    /** The stream went past its limit. */
    static final class TooLongException extends IOException {
        TooLongException(long limit) {
            super(IoTexts.t("io.limit.bytes", String.valueOf(limit)));
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLongException {
        count += n;
        if (count > limit) {
            throw new TooLongException(limit);
        }
    }
}
