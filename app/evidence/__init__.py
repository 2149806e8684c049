"""What Casefile learns from an evidence file's own bytes at intake.

``media_types``: the kind of file, told by its content (never by its name).
``capture``: capture metadata (EXIF in every IFD, JPEG comments, XMP, IPTC, PNG text), kept secret in the vault.
``credentials``: C2PA Content Credentials, read and verified offline in a short-lived child process.
"""
