#!/usr/bin/env python3
"""Draws the PNG app icons in static/icons/ from the shapes of static/icon.svg: a blue
rounded square with four white vertebrae and a pelvis. Run from the repository root
after changing the icon: python3 scripts/icons.py (needs Pillow; with zopflipng on the
PATH, Debian's package zopfli, it also recompresses them losslessly: 0.4 KB less)."""
import shutil
import subprocess

from PIL import Image, ImageDraw

BLUE = (11, 92, 173)  # --color-accent, #0b5cad
WHITE = (255, 255, 255)
SUPER = 4  # draw larger, then scale down for smooth edges


def cubic(p0, c1, c2, p1, steps=24):
    return [
        tuple((1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d
              for a, b, c, d in zip(p0, c1, c2, p1))
        for t in (i / steps for i in range(1, steps + 1))
    ]


# The pelvis path of icon.svg, in its 64-unit box:
# M14 46c6-4 12-5 18-5s12 1 18 5l-3 9c-5-3-10-4-15-4s-10 1-15 4z
PELVIS = ([(14, 46)] + cubic((14, 46), (20, 42), (26, 41), (32, 41))
          + cubic((32, 41), (38, 41), (44, 42), (50, 46)) + [(47, 55)]
          + cubic((47, 55), (42, 52), (37, 51), (32, 51))
          + cubic((32, 51), (27, 51), (22, 52), (17, 55)))
VERTEBRAE = [(28, y, 8, 7) for y in (8, 17, 26, 35)]


def icon(size, full_bleed=False, scale=1.0):
    """`full_bleed`: a square background to the edges (maskable and Apple icons, which
    the system rounds itself); `scale` shrinks the figure about the centre to keep it in
    the maskable safe zone."""
    px = size * SUPER
    unit = px / 64
    image = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if full_bleed:
        draw.rectangle((0, 0, px, px), fill=BLUE)
    else:
        draw.rounded_rectangle((0, 0, px - 1, px - 1), radius=14 * unit, fill=BLUE)

    def at(x, y):  # figure units to pixels, scaled about the figure's centre (32, 31.5)
        return ((32 + (x - 32) * scale) * unit, (32 + (y - 31.5) * scale) * unit)

    for x, y, w, h in VERTEBRAE:
        draw.rounded_rectangle((*at(x, y), *at(x + w, y + h)), radius=2 * unit * scale, fill=WHITE)
    draw.polygon([at(x, y) for x, y in PELVIS], fill=WHITE)
    image = image.resize((size, size), Image.LANCZOS)
    if full_bleed:
        image = image.convert("RGB")
        return image.quantize(colors=32, method=Image.Quantize.MEDIANCUT)
    return image.quantize(colors=32, method=Image.Quantize.FASTOCTREE)


if __name__ == "__main__":
    for name, image in {
        "icon-192.png": icon(192),
        "apple-touch-icon.png": icon(180, full_bleed=True, scale=0.86),
    }.items():
        path = f"static/icons/{name}"
        image.save(path, optimize=True)
        if shutil.which("zopflipng"):
            subprocess.run(["zopflipng", "-m", "-y", "--lossy_transparent", path, path], check=True,
                           stdout=subprocess.DEVNULL)
        print(name, image.size)
