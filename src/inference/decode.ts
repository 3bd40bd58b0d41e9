/**
 * Image decoding with sharp: JPEG, PNG and WebP only; EXIF orientation applied; alpha flattened
 * onto white; sRGB, 8 bits, 3 channels.
 *
 * A file whose leading bytes say JPEG, PNG or WebP is decoded in one sharp call, whose
 * `limitInputPixels` refuses too many pixels from the header before any pixel is decoded (a
 * separate header read first cost about half as much again as the decode of a 250 px JPEG). Only
 * when that fails, and for every other file, are the header checks made one by one, so each
 * error keeps its code and details: unreadable, unsupported format, no size, too many pixels
 * (with the exact figures), then damaged.
 */
import { createHash } from 'node:crypto';

import sharp from 'sharp';

import { InferenceError } from './errors';

// Every image is decoded once, so libvips' operation cache (up to 50 MB a process) would only
// hold memory, and the face images in it, longer than needed.
sharp.cache(false);

export const SUPPORTED_FORMATS = ['jpeg', 'png', 'webp'] as const;

export interface RgbImage {
  width: number;
  height: number;
  /** packed RGB, row-major, 3 bytes per pixel */
  data: Buffer;
}

export interface DecodedImage extends RgbImage {
  sha256: string;
  format: string;
}

export interface DecodeLimits {
  maxInputPixels: number;
  maxInputBytes: number;
}

export async function decodeImage(input: Buffer, limits: DecodeLimits): Promise<DecodedImage> {
  if (!Buffer.isBuffer(input) || input.length === 0) {
    throw new InferenceError('UNREADABLE_IMAGE', 'The image is empty', {
      bytes: Buffer.isBuffer(input) ? 0 : null,
    });
  }
  if (input.length > limits.maxInputBytes) {
    throw new InferenceError('IMAGE_TOO_LARGE', 'The image file is larger than allowed', {
      bytes: input.length,
      maxBytes: limits.maxInputBytes,
    });
  }
  const sha256 = createHash('sha256').update(input).digest('hex');

  // the common case: a file whose signature says JPEG, PNG or WebP is decoded in one call
  const format = signatureFormat(input);
  let failure: unknown;
  let failed = false;
  if (format) {
    try {
      return { ...(await decodePixels(input, limits)), sha256, format };
    } catch (err) {
      // the header checks below say why, with the same errors as for any other file
      failure = err;
      failed = true;
    }
  }
  const meta = await checkHeader(input, limits);
  if (!failed) {
    try {
      return { ...(await decodePixels(input, limits)), sha256, format: meta.format };
    } catch (err) {
      failure = err;
    }
  }
  const message = failure instanceof Error ? failure.message : '';
  if (/pixel limit/i.test(message)) {
    throw new InferenceError('IMAGE_TOO_LARGE', 'The image has more pixels than allowed', {
      ...meta,
      maxPixels: limits.maxInputPixels,
    });
  }
  // the decoder's message is not passed on: it can quote file content
  throw new InferenceError('UNREADABLE_IMAGE', 'The image is damaged or truncated and cannot be decoded', {
    ...meta,
    bytes: input.length,
  });
}

/** JPEG, PNG or WebP by their leading bytes, before libvips parses anything; null for anything else. */
export function signatureFormat(input: Buffer): (typeof SUPPORTED_FORMATS)[number] | null {
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return 'jpeg';
  if (input.length >= 8 && input.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (
    input.length >= 12 &&
    input.toString('latin1', 0, 4) === 'RIFF' &&
    input.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The header checks, from the header alone (no pixels decoded): readable, a supported format, a
 * size, within the pixel limit. Throws the error that says what is wrong; returns the format and
 * size when nothing is.
 */
async function checkHeader(
  input: Buffer,
  limits: DecodeLimits,
): Promise<{ format: string; width: number; height: number }> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new InferenceError('UNREADABLE_IMAGE', 'The file is not a readable image', { bytes: input.length });
  }
  const format = meta.format ?? 'unknown';
  if (!(SUPPORTED_FORMATS as readonly string[]).includes(format)) {
    throw new InferenceError(
      'UNSUPPORTED_IMAGE',
      'The image format is not supported (use JPEG, PNG or WebP)',
      { format, supported: [...SUPPORTED_FORMATS] },
    );
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) {
    throw new InferenceError('UNREADABLE_IMAGE', 'The image has no size', { format, width, height });
  }
  if (width * height > limits.maxInputPixels) {
    throw new InferenceError('IMAGE_TOO_LARGE', 'The image has more pixels than allowed', {
      format,
      width,
      height,
      pixels: width * height,
      maxPixels: limits.maxInputPixels,
    });
  }
  return { format, width, height };
}

/** One decode; libvips refuses more than `maxInputPixels` from the header, before any pixel. */
async function decodePixels(input: Buffer, limits: DecodeLimits): Promise<RgbImage> {
  const { data, info } = await sharp(input, {
    limitInputPixels: limits.maxInputPixels,
    failOn: 'warning',
    autoOrient: true,
  })
    .flatten({ background: { r: 255, g: 255, b: 255 } })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
  return { width: info.width, height: info.height, data };
}
