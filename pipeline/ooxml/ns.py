"""The one namespace table every xpath in the project uses."""

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

NSMAP = {"w": W, "ss": SS}


def qn(tag: str) -> str:
    """``'w:tc'`` in Clark notation (``'{http://…}tc'``), as lxml wants it."""
    prefix, local = tag.split(":")
    return f"{{{NSMAP[prefix]}}}{local}"
