package org.goalbook.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This user's private folder for the guards of open notebooks: {@code $XDG_RUNTIME_DIR/goalbook}, else
 * {@code goalbook-USER} in the temporary folder. Only the user may enter it (mode 0700), so nobody else can put a
 * socket where a Goalbook looks for one.
 */
final class RuntimeFolder {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static volatile UserPrincipal user;

    private RuntimeFolder() {
    }

    /** The folder, made if missing; empty when no private folder can be had (then only the lock files guard). */
    static Optional<Path> find() {
        return find(System.getenv(), Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name"));
    }

    static Optional<Path> find(Map<String, String> env, Path temp, String user) {
        String xdg = env.get("XDG_RUNTIME_DIR");
        Path folder = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() && Files.isDirectory(Path.of(xdg))
                ? Path.of(xdg, "goalbook") : temp.resolve("goalbook-" + user);
        try {
            return Optional.of(makePrivate(folder, temp));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static Path makePrivate(Path folder, Path temp) throws IOException {
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            return folder;
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the temporary folder is already the user's own.
            Files.createDirectories(folder);
            return folder;
        } catch (FileAlreadyExistsException exists) {
            // Made earlier, by us or by someone else: use it only if it is our own real folder and nobody else's.
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() || !attributes.owner().equals(currentUser(temp))) {
                throw new IOException(folder + " is not this user's folder");
            }
            if (!attributes.permissions().equals(PRIVATE)) {
                Files.setPosixFilePermissions(folder, PRIVATE);
            }
            return folder;
        }
    }

    /**
     * Java cannot ask for the user id directly. The JVM takes {@code user.name} from it, so the name is looked up;
     * where the id has no name (a container without the user in its passwd file), a file we make belongs to whoever
     * we are. Asked once per run. (A temporary file first starts the secure random generator, which a start
     * otherwise does not need.)
     */
    private static UserPrincipal currentUser(Path temp) throws IOException {
        UserPrincipal known = user;
        if (known == null) {
            try {
                known = temp.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                user = known;
                return known;
            } catch (IOException | UnsupportedOperationException noName) {
                // fall through to the file we make
            }
            Path probe = Files.createTempFile(temp, "goalbook-owner", ".tmp");
            try {
                known = Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
            user = known;
        }
        return known;
    }
}
