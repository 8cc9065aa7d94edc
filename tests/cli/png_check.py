#!/usr/bin/python3
"""png_check.py SHOT.png [REFERENCE.png] - is a report screenshot not blank,
and does it have the structure of the reference?

Prints the size, the share of non-white pixels and which source colours of
the timeline show.  Not blank: some ink and at least one source colour.
Against a reference (not pixels): the same size, the share of ink within a
factor of 1.5, and the same source colours.  Needs python3-pil.
"""
import sys
from PIL import Image

SOURCES = {"ScreenConnect": (0, 114, 178), "SyncroRMM": (0, 158, 115),
           "notes.json": (230, 159, 0), "SillyTavern": (204, 121, 167)}


def stats(path):
    im = Image.open(path).convert("RGB")
    colours = dict((c, n) for n, c in im.getcolors(1 << 24))
    total = im.size[0] * im.size[1]
    ink = 1 - colours.get((255, 255, 255), 0) / total
    seen = sorted(s for s, c in SOURCES.items() if colours.get(c, 0) >= 20)
    return im.size, ink, seen


size, ink, seen = stats(sys.argv[1])
print("size %dx%d ink %.3f sources %s" % (size + (ink, ",".join(seen))))
if ink < 0.02 or not seen:
    print("png_check: the screenshot is blank")
    sys.exit(1)
if len(sys.argv) > 2:
    rsize, rink, rseen = stats(sys.argv[2])
    if rsize != size or not rink / 1.5 <= ink <= rink * 1.5 or rseen != seen:
        print("png_check: differs from the reference: size %dx%d ink %.3f "
              "sources %s" % (rsize + (rink, ",".join(rseen))))
        sys.exit(1)
