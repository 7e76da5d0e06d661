// Computes the face-model fixtures the Java port is tested against, with face-api itself.
// Run once by hand (see README.md beside this file); never part of the build.
// usage: node make-fixtures.js <face-api model dir> <output dir> <photo.png>...
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const { tf } = faceapi;

function readRgb(file) {
  const png = PNG.sync.read(fs.readFileSync(file));
  const rgb = new Int32Array(png.width * png.height * 3);
  for (let i = 0; i < png.width * png.height; i++) {
    rgb[i * 3] = png.data[i * 4];
    rgb[i * 3 + 1] = png.data[i * 4 + 1];
    rgb[i * 3 + 2] = png.data[i * 4 + 2];
  }
  return tf.tensor3d(rgb, [png.height, png.width, 3], 'int32');
}

function writeRgb(file, tensor) {
  const [height, width] = tensor.shape;
  const values = tensor.dataSync();
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) png.data[i * 4 + c] = Math.max(0, Math.min(255, Math.round(values[i * 3 + c])));
    png.data[i * 4 + 3] = 255;
  }
  fs.writeFileSync(file, PNG.sync.write(png));
}

async function loadNet(net, modelDir, name) {
  const manifest = JSON.parse(fs.readFileSync(path.join(modelDir, `${name}-weights_manifest.json`), 'utf8'));
  const weights = manifest[0].weights;
  const buffer = fs.readFileSync(path.join(modelDir, manifest[0].paths[0]));
  const weightMap = tf.io.decodeWeights(new Uint8Array(buffer).buffer, weights);
  net.loadFromWeightMap(weightMap);
}

const round = (value) => Math.round(value * 1e4) / 1e4;
const boxJson = (box) => ({ x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });

async function main() {
  const [modelDir, outDir, ...photos] = process.argv.slice(2);
  await tf.setBackend('cpu');
  await tf.ready();
  await loadNet(faceapi.nets.tinyFaceDetector, modelDir, 'tiny_face_detector_model');
  await loadNet(faceapi.nets.faceLandmark68Net, modelDir, 'face_landmark_68_model');
  await loadNet(faceapi.nets.faceRecognitionNet, modelDir, 'face_recognition_model');
  fs.mkdirSync(outDir, { recursive: true });
  for (const photo of photos) {
    const name = path.basename(photo, '.png');
    const image = readRgb(photo);
    const options = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });
    const results = await faceapi.detectAllFaces(image, options).withFaceLandmarks().withFaceDescriptors();
    const faces = [];
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      const aligned = result.landmarks.align(null, { useDlibAlignment: true });
      const [faceTensor] = await faceapi.extractFaceTensors(image, [aligned]);
      const netInput = await faceapi.toNetInput(faceTensor);
      const crop = tf.tidy(() => netInput.toBatchTensor(150, true).squeeze([0]));
      const cropFile = `${name}-face${i}-crop.png`;
      writeRgb(path.join(outDir, cropFile), crop);
      // the descriptor of the crop exactly as stored (rounded to bytes), so Java can start from the PNG
      const storedCrop = readRgb(path.join(outDir, cropFile));
      const cropDescriptor = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(storedCrop);
      faces.push({
        score: round(result.detection.score),
        box: boxJson(result.detection.box),
        landmarks: result.landmarks.positions.map((p) => [round(p.x), round(p.y)]),
        alignedBox: boxJson(aligned),
        crop: cropFile,
        cropDescriptor: Array.from(cropDescriptor),
        descriptor: Array.from(result.descriptor),
      });
      tf.dispose([faceTensor, crop, storedCrop]);
    }
    const fixture = {
      photo: path.basename(photo),
      width: image.shape[1],
      height: image.shape[0],
      faceApi: '@vladmandic/face-api@1.7.15',
      backend: tf.getBackend(),
      detector: { inputSize: 416, scoreThreshold: 0.5 },
      faces,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(fixture, null, 1)}\n`);
    console.log(`${name}: ${faces.length} face(s)`);
    image.dispose();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
