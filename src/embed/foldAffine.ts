/**
 * Folds each affine layer of dlib's ResNet into the convolution before it, once at load time:
 * `(conv(x, W) + b) · s + t = conv(x, W · s) + (b · s + t)`, the scale applied per output channel
 * (the last axis of the HWIO filter). Each conv then runs as one fused kernel — conv, bias and,
 * where the net has one, ReLU — instead of conv, add, mul, add and relu: four fewer passes over every
 * activation map. Float32 rounding moves the descriptors by ~1e-6 (the parity test allows 1e-4).
 */
import * as tf from "@tensorflow/tfjs-core";
import { dlibWeight, type DlibWeights } from "./dlibWeights.js";

const FILTERS = "/conv/filters";

/** The names a folded conv is stored under. */
export const foldedNames = (prefix: string) => ({ filters: `${prefix}/folded/filters`, bias: `${prefix}/folded/bias` });

/**
 * Replaces every `<prefix>/conv/{filters,bias}` + `<prefix>/scale/{weights,biases}` in `w` with
 * `<prefix>/folded/{filters,bias}`, disposing the originals. Throws naming a layer with a missing part.
 */
export function foldAffine(w: DlibWeights): void {
  const prefixes = [...w.keys()].filter((k) => k.endsWith(FILTERS)).map((k) => k.slice(0, -FILTERS.length));
  for (const prefix of prefixes) {
    const parts = [`${prefix}/conv/filters`, `${prefix}/conv/bias`, `${prefix}/scale/weights`, `${prefix}/scale/biases`];
    const [filters, bias, scale, shift] = parts.map((name) => dlibWeight(w, name));
    const folded = tf.tidy(() => ({ filters: tf.mul(filters, scale), bias: tf.add(tf.mul(bias, scale), shift) }));
    parts.forEach((name) => {
      w.get(name)!.dispose();
      w.delete(name);
    });
    const names = foldedNames(prefix);
    w.set(names.filters, folded.filters);
    w.set(names.bias, folded.bias);
  }
}
