/**
 * A trained attribution model as bytes, to store and load: a header (the magic "CCAT", the
 * features' version, the hash bits) and the weights as little-endian 32-bit floats.
 * @module
 */
import { ClaimCheckError } from '../errors.js';
import { checkModel } from './learned.js';
import type { AttributionModel } from './tagger.js';

const MAGIC = [0x43, 0x43, 0x41, 0x54]; // "CCAT"
const HEADER = 8;

/**
 * The model as bytes (write them to a file, a cache, IndexedDB).
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('attribution.bin', attributionModelToBytes(model));
 */
export function attributionModelToBytes(model: AttributionModel): Uint8Array {
  checkModel(model);
  const bytes = new Uint8Array(HEADER + model.weights.length * 4);
  bytes.set(MAGIC, 0);
  bytes[4] = model.version;
  bytes[5] = model.bits;
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < model.weights.length; i++) view.setFloat32(HEADER + i * 4, model.weights[i]!, true);
  return bytes;
}

/**
 * The model from bytes that {@link attributionModelToBytes} wrote. Throws a `ClaimCheckError`
 * (`MODEL_INVALID`) for anything else, and (`OPTION_TYPE`) for a model of other features.
 * @example
 * import { readFileSync } from 'node:fs';
 * const model = attributionModelFromBytes(readFileSync('attribution.bin'));
 */
export function attributionModelFromBytes(bytes: Uint8Array): AttributionModel {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new ClaimCheckError('MODEL_INVALID', 'These bytes are not an attribution model written by attributionModelToBytes.');
  }
  const bits = bytes[5]!;
  const n = (bytes.length - HEADER) / 4;
  if (bits < 10 || bits > 24 || n !== (1 << bits) * 7) throw new ClaimCheckError('MODEL_INVALID', `The attribution model's weights are cut short or padded (${n} numbers for ${bits} bits).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = view.getFloat32(HEADER + i * 4, true);
  const model: AttributionModel = { kind: 'claimcheck-attribution-tagger', version: bytes[4]!, bits, weights };
  checkModel(model);
  return model;
}
