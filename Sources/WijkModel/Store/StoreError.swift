#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system step that failed, so a message can say what was being done.
public enum StoreOperation: String, Sendable, Hashable {
    case createDirectory, createTemporary, write, sync, close, rename, syncDirectory
    case read, lock, list, permissions
}

/// A failure of the response store: I/O, a lock held by someone else, or a bad id.
///
/// Messages name the file and the system's reason so a field worker can tell
/// "disk full" from "no permission" without a developer at hand.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A system call failed on `path` with `code` (an errno value).
    case io(StoreOperation, path: String, code: Int32)
    /// The draft is open elsewhere (another process, or another open in this one).
    case locked(holder: LockHolder)
    /// A folder is being written by another command (`FolderLock`), still after waiting.
    case folderLocked(path: String, holder: LockHolder)
    /// The id would not be a safe file name (path traversal, empty, odd characters).
    case invalidID(String)
    /// No response file with this id.
    case notFound(path: String)
    /// The path exists but is not a directory.
    case notADirectory(path: String)
    /// The file was read but is not a usable response file.
    case invalidFile(path: String, ResponseFileError)
    /// The file is larger than any response file (`CorpusReader.maxFileSize`): not read.
    case tooLarge(path: String, size: Int)

    /// The message in the given language.
    public func message(_ lang: Lang) -> String {
        switch self {
        case let .io(operation, path, code):
            let reason = Self.reason(code, lang)
            return Self.operationText(operation, lang, file: path) + ": " + reason
        case .locked(let holder):
            return holder.lockedMessage(lang)
        case let .folderLocked(path, holder):
            return holder.busyFolderMessage(path: path, lang)
        case .invalidID(let id):
            // Shown bounded: an id may be a megabyte of anything.
            let shown = DisplayText.line(id.count > 40 ? String(id.prefix(40)) + "…" : id)
            let most = ResponseID.maxLength
            return lang.t("Ongeldige interview-id ‘\(shown)’: alleen letters, cijfers, - en _ (1 tot \(most) tekens).",
                          "Invalid interview id ‘\(shown)’: only letters, digits, - and _ (1 to \(most) characters).")
        case .notFound(let path):
            return lang.t("Bestand niet gevonden: \(path)", "File not found: \(path)")
        case .notADirectory(let path):
            return lang.t("‘\(path)’ bestaat maar is geen map.", "‘\(path)’ exists but is not a directory.")
        case let .invalidFile(path, error):
            return Self.operationText(.read, lang, file: path) + ": " + error.message(lang)
        case let .tooLarge(path, size):
            return Self.operationText(.read, lang, file: path) + ": " + CorpusReader.Failure.tooLarge(size).message(lang)
        }
    }

    /// Dutch, the default interface language.
    public var description: String { message(.nl) }

    private static func operationText(_ op: StoreOperation, _ lang: Lang, file: String) -> String {
        switch op {
        case .createDirectory: return lang.t("Kan map ‘\(file)’ niet aanmaken", "Cannot create directory ‘\(file)’")
        case .createTemporary: return lang.t("Kan tijdelijk bestand ‘\(file)’ niet aanmaken",
                                             "Cannot create temporary file ‘\(file)’")
        case .write: return lang.t("Kan niet schrijven naar ‘\(file)’", "Cannot write to ‘\(file)’")
        case .sync: return lang.t("Kan ‘\(file)’ niet veilig naar schijf schrijven", "Cannot flush ‘\(file)’ to disk")
        case .close: return lang.t("Kan ‘\(file)’ niet afsluiten", "Cannot close ‘\(file)’")
        case .rename: return lang.t("Kan ‘\(file)’ niet opslaan (hernoemen mislukt)",
                                    "Cannot save ‘\(file)’ (rename failed)")
        case .syncDirectory: return lang.t("Kan map ‘\(file)’ niet veilig naar schijf schrijven",
                                           "Cannot flush directory ‘\(file)’ to disk")
        case .read: return lang.t("Kan ‘\(file)’ niet lezen", "Cannot read ‘\(file)’")
        case .lock: return lang.t("Kan ‘\(file)’ niet vergrendelen", "Cannot lock ‘\(file)’")
        case .list: return lang.t("Kan map ‘\(file)’ niet lezen", "Cannot list directory ‘\(file)’")
        case .permissions: return lang.t("Kan rechten van ‘\(file)’ niet aanpassen",
                                         "Cannot change permissions of ‘\(file)’")
        }
    }

    /// The errno text; the common field failures get a Dutch wording, the rest
    /// fall back to the system's (English) text, which is still searchable.
    static func reason(_ code: Int32, _ lang: Lang) -> String {
        let system = String(cString: strerror(code))
        guard lang == .nl else { return system }
        switch code {
        case ENOSPC: return "schijf vol (\(system))"
        case EDQUOT: return "schijfquotum bereikt (\(system))"
        case EACCES, EPERM: return "geen toestemming (\(system))"
        case EROFS: return "alleen-lezen bestandssysteem (\(system))"
        case ENOENT: return "bestaat niet (\(system))"
        case EIO: return "schrijf-/leesfout van het apparaat (\(system))"
        default: return system
        }
    }
}
