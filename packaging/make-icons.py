#!/usr/bin/env python3
"""Renders the Orgwright icon at every size the platforms want, from the SVG drawings.

    python3 packaging/make-icons.py        (needs rsvg-convert: Debian package librsvg2-bin)

Writes into assets/icon/:
  orgwright-<size>.png  16, 24, 32, 48, 64, 128, 256, 512, 1024 (16 and 24 from the
                        pixel-grid drawing orgwright-small.svg, the rest from orgwright.svg)
  orgwright.ico         Windows: 16, 24, 32, 48, 64, 128, 256 (PNG entries, Windows Vista on)
  orgwright.icns        macOS: 16 to 1024, with the @2x variants (PNG entries, OS X 10.7 on)
The .ico and .icns containers are packed here with the standard library only, so no
platform tool (iconutil, icotool) is needed.
"""
import pathlib
import struct
import subprocess

ICON_DIR = pathlib.Path(__file__).resolve().parent.parent / "assets" / "icon"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
SMALL = {16, 24}  # the full drawing blurs into grey below 32 px
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# icns element types and the pixel size of the PNG each holds.
ICNS_TYPES = [("icp4", 16), ("ic11", 32), ("icp5", 32), ("ic12", 64), ("icp6", 64),
              ("ic07", 128), ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512),
              ("ic10", 1024)]


def png(size):
    return ICON_DIR / f"orgwright-{size}.png"


def render():
    for size in SIZES:
        svg = ICON_DIR / ("orgwright-small.svg" if size in SMALL else "orgwright.svg")
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(svg), "-o", str(png(size))],
                       check=True)


def ico():
    images = [png(s).read_bytes() for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (ICON_DIR / "orgwright.ico").write_bytes(header + entries + b"".join(images))


def icns():
    body = b""
    for kind, size in ICNS_TYPES:
        data = png(size).read_bytes()
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    (ICON_DIR / "orgwright.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    render()
    ico()
    icns()
    print("icons written to", ICON_DIR)
