"""Put back the plural forms `pyside6-lupdate` drops (update.sh runs this after it).

lupdate's Python reader takes `QCoreApplication.translate(context, text, None, n)` for
a plain message when `n` is a name rather than a number, and strips the plural forms of
its English (剩 %n 个工作日, 超期 %n 天 and some twenty more), marking them unfinished. Each
message lupdate wrote without plural forms that the .ts had with them before is put
back as it was, word for word; any other message is left as lupdate wrote it.

    python keep_plurals.py BEFORE.ts AFTER.ts   (AFTER.ts is rewritten in place)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.DOTALL)
MESSAGE = re.compile(r"[ \t]*<message[ >].*?</message>", re.DOTALL)

Key = tuple[str, str, str]  # context, source, comment


def _key(name: str, block: str) -> tuple[Key, bool]:
    """A message's key in context `name`, and whether it is plural."""
    message = ET.fromstring(block.strip())
    key = (name, message.findtext("source") or "", message.findtext("comment") or "")
    return key, message.get("numerus") == "yes"


def _name(context: re.Match[str]) -> str:
    return ET.fromstring(f"<name>{context.group(1)}</name>").text or ""


def plural_messages(text: str) -> dict[Key, str]:
    """The plural messages of a .ts file's `text`, each as its XML is written."""
    found = {}
    for context in CONTEXT.finditer(text):
        name = _name(context)
        for block in MESSAGE.findall(context.group(2)):
            key, plural = _key(name, block)
            if plural:
                found[key] = block
    return found


def main(before: Path, after: Path) -> None:
    plural = plural_messages(before.read_text(encoding="utf-8"))
    kept = 0

    def in_context(context: re.Match[str]) -> str:
        name = _name(context)

        def message(found: re.Match[str]) -> str:
            nonlocal kept
            key, is_plural = _key(name, found.group(0))
            if is_plural or key not in plural:
                return found.group(0)
            kept += 1
            return plural[key]

        whole, at = context.group(0), context.start(0)
        body = MESSAGE.sub(message, context.group(2))
        return whole[: context.start(2) - at] + body + whole[context.end(2) - at :]

    text = CONTEXT.sub(in_context, after.read_text(encoding="utf-8"))
    after.write_text(text, encoding="utf-8")
    print(f"plural forms kept: {kept}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
