//! Reading a file that comes from outside sengen (a declaration's file, a
//! template, an XLIFF file, a draft): only a regular file, its size checked
//! before a byte is read, and never more than the limit read even when the
//! file grows meanwhile. A FIFO, a device (`/dev/zero`) or a folder is
//! refused without being opened for reading, so that nothing can hang or
//! exhaust the machine; a symbolic link is followed to what it names, which
//! must be a regular file too.

use std::io::Read;
use std::path::Path;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// There is no such file.
    NotFound(std::io::Error),
    /// It is a FIFO, a device, a socket or a folder: not a file to read.
    NotRegular(Kind),
    /// It is larger than the limit (its size in bytes).
    TooLarge(u64),
    /// The system refused (permissions…).
    Io(std::io::Error),
}

/// What a path names, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Fifo,
    Device,
    Other,
}

impl Kind {
    fn of(file_type: &std::fs::FileType) -> Kind {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Kind::Fifo;
            }
            if file_type.is_char_device() || file_type.is_block_device() {
                return Kind::Device;
            }
        }
        if file_type.is_dir() {
            Kind::Folder
        } else {
            Kind::Other
        }
    }

    /// The word a message uses for it (`fifo`, `device`…): a Fluent selector's key.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Folder => "folder",
            Kind::Fifo => "fifo",
            Kind::Device => "device",
            Kind::Other => "other",
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotFound(e) | ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotRegular(kind) => write!(f, "not a regular file ({})", kind.key()),
            ReadError::TooLarge(size) => write!(f, "too large ({size} bytes)"),
        }
    }
}

/// Whether `path` names a regular file (following symbolic links).
pub fn is_regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// Reads the regular file at `path`, of at most `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(e),
        _ => ReadError::Io(e),
    })?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular(Kind::of(&metadata.file_type())));
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge(metadata.len()));
    }
    let file = open(path)?;
    // What was checked may have been swapped since: the handle is judged again.
    let opened = file.metadata().map_err(ReadError::Io)?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular(Kind::of(&opened.file_type())));
    }
    let mut bytes = Vec::with_capacity(opened.len().min(limit) as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Opens for reading without waiting: a FIFO put in the file's place after
/// it was judged does not block the open.
fn open(path: &Path) -> Result<std::fs::File, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: 0o4000 on every Linux architecture Rust supports but
        // alpha, sparc and parisc, which sengen is not built for.
        options.custom_flags(0o4000);
    }
    options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(e),
        _ => ReadError::Io(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_within_its_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "abc").unwrap();
        assert_eq!(read(&path, 3).unwrap(), b"abc");
        assert!(matches!(read(&path, 2), Err(ReadError::TooLarge(3))));
        assert!(matches!(
            read(&dir.path().join("none"), 9),
            Err(ReadError::NotFound(_))
        ));
        assert!(matches!(
            read(dir.path(), 9),
            Err(ReadError::NotRegular(Kind::Folder))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_links_to_them_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("notes.ftl");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(
            read(&link, 1 << 20),
            Err(ReadError::NotRegular(Kind::Device))
        ));
        assert!(!is_regular(&link));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_fifo_is_refused_and_nothing_waits_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("zz.ftl");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(
            read(&fifo, 1 << 20),
            Err(ReadError::NotRegular(Kind::Fifo))
        ));
    }
}
