"""Rendering a docxtpl template: strict, escaped, checked before it starts.

docxtpl's defaults drop a ``&`` (no escaping) and render a missing value as nothing, so a typo
in a template silently empties a section. Here every template renders with ``autoescape`` and
a ``StrictUndefined`` environment, and its variables are checked against the context first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from pipeline.errors import DraftsError
from pipeline.ooxml.package import save_package


def environment() -> jinja2.Environment:
    """The Jinja environment every template renders with."""
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def open_template(path: Path) -> DocxTemplate:
    """A template, or a plain error naming it."""
    if not path.is_file():
        raise DraftsError(f"{path}: template not found; run 'make templates' to rebuild it.")
    try:
        return DocxTemplate(str(path))
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise DraftsError(f"{path}: not a readable Word template.") from exc


def unknown_variables(template: DocxTemplate, context: dict[str, Any]) -> set[str]:
    """Variables the template uses that the context does not provide."""
    return set(template.get_undeclared_template_variables(jinja_env=environment())) - set(context)


def render(template: DocxTemplate, context: dict[str, Any], path: Path, name: Path) -> None:
    """Render ``template`` with ``context`` into ``path``; ``name`` is used in messages."""
    if missing := sorted(unknown_variables(template, context)):
        raise DraftsError(f"{name}: uses unknown variable(s) {', '.join(missing)}; fix the "
                          "template or see pipeline/drafts/CONTEXT.md for the names it can use.")
    try:
        template.render(context, jinja_env=environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise DraftsError(f"{name}: the template could not be filled in ({exc}).") from exc
    save_package(template, path)
