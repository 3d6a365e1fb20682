"""Checks shared by both PDF engines, kept apart so the fast engine never imports pdfplumber."""

from __future__ import annotations

from ..errors import EncryptedFileError, NoTextLayerError
from ..models import ParseWarning

__all__ = ["check_text_layer", "encrypted_error"]


def encrypted_error(name: str, password: str | None) -> EncryptedFileError:
    """The error for a password-protected PDF, worded for a wrong vs a missing password."""
    if password:
        return EncryptedFileError(f"{name} is encrypted and the password given is wrong.")
    return EncryptedFileError(f"{name} is password-protected; pass password=... (CLI: --password) to read it.")


def check_text_layer(pages: list[str], has_images: list[bool], name: str) -> list[ParseWarning]:
    """Raise when no page has text; warn about single pages that are only images."""
    if not any(page.strip() for page in pages):
        if any(has_images):
            raise NoTextLayerError(
                f"{name} has no text layer: its pages are images (a scan or a picture of text). "
                "Run OCR first, e.g. 'ocrmypdf in.pdf out.pdf', then try again."
            )
        raise NoTextLayerError(
            f"{name} has no extractable text; if it shows text when opened, it was saved as "
            "outlines or images: export it again as a text PDF or run OCR (ocrmypdf)."
        )
    return [
        ParseWarning(
            code="image_only_page",
            message=f"Page {number} has no text layer (an image?): an ATS reads nothing there; "
            "keep all text selectable.",
            page=number,
        )
        for number, (text, image) in enumerate(zip(pages, has_images, strict=True), start=1)
        if not text.strip() and image
    ]
