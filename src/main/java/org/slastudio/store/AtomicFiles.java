package org.slastudio.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, whole: write a temporary
 * file beside it, force it to disk, then rename it over the target. Drafts, recovery copies and PDFs all go through
 * here, so they all treat links and special files alike.
 *
 * <p>A symbolic link is written through: the file it points to is replaced (created, if the link dangles) and the
 * link stays a link. A path that is a folder, a device or a pipe is refused before anything is written, since the
 * rename would replace it with a plain file ({@code /dev/full} with a PDF).
 */
public final class AtomicFiles {
    /** What writes a file's bytes, e.g. {@code out -> AgreementPdf.write(draft, options, out)}. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Runs between writing the temporary file and renaming it; tests make it throw to simulate a crash there. */
    static volatile Runnable beforeRename = () -> { };

    /** As the kernel stops following a chain of links (ELOOP on Linux). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** @param keepBackup copy the current file to {@code NAME.bak} first (itself atomically) */
    static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        write(target, keepBackup, out -> {
            out.write(content);
            return null;
        });
    }

    /**
     * Writes what {@code content} writes to {@code target}, whole or not at all.
     *
     * @return what {@code content} returned
     * @throws IOException also, before {@code content} runs, when the target is not a file that can be replaced
     */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        return write(target, false, content);
    }

    private static <T> T write(Path target, boolean keepBackup, Content<T> content) throws IOException {
        Path file = followLinks(target);
        requireReplaceable(file, target);
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        Path backup = null;
        if (keepBackup) {
            Path bak = folder.resolve(file.getFileName() + ".bak");
            backup = followLinks(bak);
            requireReplaceable(backup, bak);
        }
        String name = file.getFileName().toString();
        removeLeftovers(folder, name);
        Path temp = temporary(folder, name);
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                result = content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // a PDF writer closes its stream when done; the channel must stay open to be forced
                    }
                });
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            beforeRename.run();
            if (backup != null && Files.exists(file)) {
                Path backupFolder = backup.getParent();
                Path backupTemp = temporary(backupFolder, backup.getFileName().toString());
                try {
                    Files.copy(file, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
                    force(backupTemp);
                    move(backupTemp, backup);
                } finally {
                    Files.deleteIfExists(backupTemp);
                }
                forceFolder(backupFolder);
            }
            move(temp, file);
            forceFolder(folder);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file a path names once its links are followed, even a link to a file that does not exist yet. */
    private static Path followLinks(Path path) throws IOException {
        Path file = path.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many symbolic links, one after another, or a"
                        + " link that leads back to itself");
            }
            file = file.resolveSibling(Files.readSymbolicLink(file)); // a relative link is relative to its own folder
        }
        return file;
    }

    /** Nothing there yet, or a regular file; anything else the rename would destroy. */
    private static void requireReplaceable(Path file, Path asGiven) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (attributes.isRegularFile()) {
            return;
        }
        String what = attributes.isDirectory() ? "a folder" : "a device, a pipe or another special file";
        String via = file.equals(asGiven.toAbsolutePath()) ? "" : " (where " + asGiven + " leads)";
        throw new FileSystemException(file.toString(), null, "is " + what + ", not a regular file" + via
                + "; nothing was written. Give the name of a file to write instead");
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
