package org.slastudio.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, whole: write a temporary
 * file beside it, force it to disk, then rename it over the target.
 */
final class AtomicFiles {
    /** Runs between writing the temporary file and renaming it; tests make it throw to simulate a crash there. */
    static volatile Runnable beforeRename = () -> { };

    private AtomicFiles() {
    }

    /** @param keepBackup copy the current file to {@code NAME.bak} first (itself atomically) */
    static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath(); // replace the file the link points to, not the link
        }
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        removeLeftovers(folder, name);
        Path temp = temporary(folder, name);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(file, temp);
            beforeRename.run();
            if (keepBackup && Files.exists(file)) {
                Path backupTemp = temporary(folder, name);
                Files.copy(file, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
                force(backupTemp);
                move(backupTemp, folder.resolve(name + ".bak"));
            }
            move(temp, file);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path temporary(Path folder, String name) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return folder.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
    }

    /** Temporary files a crash left behind; one writer per file is assumed, so none of them is still in use. */
    private static void removeLeftovers(Path folder, String name) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "." + name + ".*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException | RuntimeException e) {
            // Harmless: they are ignored, and tried again on the next save.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the new file gets the folder's defaults.
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable on Linux and macOS; Windows cannot open a folder this way, and need not. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort only.
        }
    }
}
