"""Progress callbacks and cancel tokens (defined in storage, the lowest layer)."""

from storage.progress import Cancelled, CancelToken, Progress, no_progress

__all__ = ["CancelToken", "Cancelled", "Progress", "no_progress"]
