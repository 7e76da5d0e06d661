// usage: node compose.js astronaut.png camera.png astronaut-and-cameraman.png
// two-person photo: the middle 256 columns of two 512x512 PNGs side by side (grey expanded to RGB)
const fs = require('fs'); const { PNG } = require('pngjs');
const [a, b, out] = process.argv.slice(2);
const halves = [a, b].map((f) => PNG.sync.read(fs.readFileSync(f)));
const o = new PNG({ width: 512, height: 512 });
halves.forEach((img, half) => {
  for (let y = 0; y < 512; y++) for (let x = 0; x < 256; x++) {
    const s = (y * img.width + x + 96) * 4; const d = (y * 512 + x + half * 256) * 4;
    for (let c = 0; c < 4; c++) o.data[d + c] = img.data[s + c];
  }
});
fs.writeFileSync(out, PNG.sync.write(o));
