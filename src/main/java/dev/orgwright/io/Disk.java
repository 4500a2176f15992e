package dev.orgwright.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations a save is made of, one method a step. Tests replace them to fail at any
 * step (a read-only folder, a disk that fills up midway, a rename that is refused) and check that
 * every file is left as it was.
 */
interface Disk {

    /** Creates a new empty file with a unique name in {@code folder}. */
    Path createTempFile(Path folder, String prefix, String suffix) throws IOException;

    /** A stream to {@code file} whose {@code close} returns only once the bytes are on the disk. */
    OutputStream openDurable(Path file) throws IOException;

    /** Makes {@code link} a second name of {@code existing} (cheap: no bytes are copied). */
    void link(Path link, Path existing) throws IOException;

    /** Copies {@code from} to the new file {@code to}. */
    void copy(Path from, Path to) throws IOException;

    /** Renames {@code from} over {@code to} in one step where the file system can. */
    void move(Path from, Path to) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** Names for temporary files. */
    java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The real disk. */
    Disk REAL = new Disk() {
        /**
         * A new file with the permissions any program's new file gets here (the user's umask),
         * not the owner-only ones of {@link Files#createTempFile}: a chart or an export saved
         * into a shared folder must be as readable as the user's other files there.
         */
        @Override
        public Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
            for (int attempt = 0; ; attempt++) {
                Path candidate = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
                try {
                    return Files.createFile(candidate);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (attempt >= 100) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public OutputStream openDurable(Path file) throws IOException {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            return new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    try (channel) {
                        flush();
                        channel.force(true);
                    }
                }
            };
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Files.deleteIfExists(file);
        }
    };
}
