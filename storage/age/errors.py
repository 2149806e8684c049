"""What can go wrong reading an age file, in the classes the age test vectors distinguish."""

from __future__ import annotations


class AgeError(Exception):
    """Base class: the bytes are not an age file this code can open."""


class AgeKeyError(AgeError):
    """An age identity or recipient string is malformed."""


class AgeHeaderError(AgeError):
    """The age header is malformed, unsupported or truncated."""


class AgeNoMatch(AgeError):
    """No recipient stanza in the header opens with the identities given."""


class AgeHmacError(AgeError):
    """The file key was unwrapped, but the header's MAC does not match: the header was altered."""


class AgePayloadError(AgeError):
    """The encrypted payload is truncated, altered or followed by extra data."""
