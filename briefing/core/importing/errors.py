"""What can go wrong importing a document; each message is one sentence a person can act on."""

from __future__ import annotations

from briefing.core.errors import BriefingError


class DocumentImportError(BriefingError):
    """A file cannot be imported; nothing was written to the library."""


class UnsupportedFileError(DocumentImportError):
    """Not a format Briefing reads (or not a document at all)."""


class FileTooLargeError(DocumentImportError):
    """The file, or the text it holds, is over the import limits."""


class DamagedFileError(DocumentImportError):
    """The file is truncated or its structure is broken beyond repair."""


class UnsafeFileError(DocumentImportError):
    """The file looks built to exhaust memory (zip bomb, XML entity tricks)."""


class EncryptedFileError(DocumentImportError):
    """The file is password-protected."""


class NoTextError(DocumentImportError):
    """The file holds no text to quote (an image-only PDF, an empty page)."""


class TextEncodingError(DocumentImportError):
    """The bytes are not text in an encoding Briefing recognises."""


class MetadataError(DocumentImportError):
    """A metadata value given for the source is malformed."""


class DuplicateSourceError(DocumentImportError):
    """The library already holds a source with exactly this text."""

    def __init__(self, message: str, existing_id: str, **params):
        super().__init__(message, **params)
        self.existing_id = existing_id
