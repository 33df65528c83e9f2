"""Checking a receipt before it is kept: a photo or a PDF, up to 10 MB, used once.

The first bytes must match the type the name claims, so a renamed program is refused.
The SHA-256 of the file lets the database refuse the same receipt on a second claim.
"""

import hashlib
from pathlib import Path

from touchstone.core.errors import ServiceError

SAME_RECEIPT = "This receipt is already attached to a claim. Each receipt can be used once."
MAX_RECEIPT_BYTES = 10 * 1024 * 1024
# What a receipt's first bytes must be, by type: the name alone can lie.
RECEIPT_SIGNATURES = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG",),
}


def fingerprint(upload) -> str:
    """Refuse anything but a PDF, JPEG or PNG up to 10 MB; return its SHA-256."""
    suffix = Path(upload.name or "").suffix.lower()
    if upload.size > MAX_RECEIPT_BYTES:
        raise ServiceError("The receipt is over 10 MB. Choose a smaller file.", field="receipt")
    head = upload.read(8)
    upload.seek(0)
    if suffix not in RECEIPT_SIGNATURES or not head.startswith(RECEIPT_SIGNATURES[suffix]):
        raise ServiceError("The receipt must be a photo (JPEG or PNG) or a PDF.", field="receipt")
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
