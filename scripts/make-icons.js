/**
 * Draws the add-in icons (assets/icon-<size>.png): a green rounded square with a white rising bar
 * chart. Run `node scripts/make-icons.js` after changing the design; the PNGs are committed.
 *
 * Shapes are described in unit coordinates (0..1) and rasterised with 8×8 supersampling per pixel,
 * so every size is drawn from the same design and stays anti-aliased; bar edges snap to whole
 * pixels so the 16 px ribbon icon stays crisp.
 */
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8;
const TOP = [33, 163, 102]; // #21A366, Excel's light green
const BOTTOM = [16, 124, 65]; // #107C41, Excel's brand green
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.56 },
  { x0: 0.43, x1: 0.57, top: 0.4 },
  { x0: 0.66, x1: 0.8, top: 0.2 },
];
const BAR_BOTTOM = 0.8;

/** True when (x, y) lies inside the rectangle with corners rounded by radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The bars of a size×size icon, edges rounded to whole pixels. */
function snappedBars(size) {
  const snap = (v) => Math.round(v * size) / size;
  return BARS.map((bar) => ({
    x0: snap(bar.x0),
    x1: snap(bar.x1),
    top: snap(bar.top),
    bottom: snap(BAR_BOTTOM),
  }));
}

/** Returns the RGBA pixel at (px, py) of a size×size icon. */
function pixel(px, py, size, bars) {
  let background = 0;
  let white = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.2)) continue;
      if (bars.some((b) => inRoundedRect(x, y, b.x0, b.top, b.x1, b.bottom, 0.025))) white++;
      else background++;
    }
  }
  const covered = background + white;
  if (covered === 0) return [0, 0, 0, 0];
  const t = (py + 0.5) / size;
  const rgb = TOP.map((top, i) => {
    const green = top + (BOTTOM[i] - top) * t;
    return Math.round((green * background + 255 * white) / covered);
  });
  return [...rgb, Math.round((255 * covered) / (SAMPLES * SAMPLES))];
}

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const bars = snappedBars(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      png.data.set(pixel(px, py, size, bars), (py * size + px) * 4);
    }
  }
  return PNG.sync.write(png);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), drawIcon(size));
}
console.log(`Wrote ${SIZES.map((size) => `icon-${size}.png`).join(", ")} to assets/`);
