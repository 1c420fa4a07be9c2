//! The one error type: building an extractor can fail, extracting cannot.

use std::path::PathBuf;

/// What went wrong while loading a gazetteer or building an
/// [`Extractor`](crate::Extractor).
///
/// Messages are lowercase, carry the numbers, and name the file when there
/// is one.
///
/// # Example
/// ```
/// let err = pressroom::Gazetteer::from_tsv_str("Moscow\tplace\tmoscow\nKremlin\tbuilding\tkremlin\n").unwrap_err();
/// assert_eq!(err.line(), Some(2));
/// assert!(err.to_string().starts_with("line 2: unknown kind"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer line could not be read. `line` is 1-based.
    #[error("{}line {line}: {message}", .file.as_ref().map(|f| format!("{}: ", f.display())).unwrap_or_default())]
    Gazetteer {
        /// The file, when the gazetteer came from one.
        file: Option<PathBuf>,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// An entity given to the builder is invalid (an empty name, say).
    #[error("invalid entity {id:?}: {message}")]
    Entity {
        /// The entity's id.
        id: String,
        /// What is wrong with it.
        message: String,
    },
    /// A gazetteer file could not be read.
    #[error("cannot read gazetteer {}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The compiled automaton would be too large.
    #[error("gazetteer too large to compile")]
    Matcher(#[source] aho_corasick::BuildError),
    /// The names use more distinct words than the matcher can number
    /// (2^28).
    #[error("gazetteer too large to compile: {words} distinct words")]
    TooManyWords {
        /// How many distinct words the names use.
        words: usize,
    },
}

impl Error {
    /// The 1-based line of the gazetteer file the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Gazetteer { line, .. } => Some(*line),
            _ => None,
        }
    }

    pub(crate) fn with_file(self, path: &std::path::Path) -> Error {
        match self {
            Error::Gazetteer { line, message, .. } => {
                Error::Gazetteer { file: Some(path.to_path_buf()), line, message }
            }
            other => other,
        }
    }
}
