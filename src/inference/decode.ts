/**
 * Image decoding with sharp: JPEG, PNG and WebP only; EXIF orientation applied; alpha flattened
 * onto white; sRGB, 8 bits, 3 channels. Size limits are checked from the header before any
 * pixel is decoded, and again by libvips itself (`limitInputPixels`) as a second guard.
 */
import { createHash } from 'node:crypto';

import sharp from 'sharp';

import { InferenceError } from './errors';

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

  let meta: sharp.Metadata;
  try {
    // header only: no pixels are decoded here, so no pixel limit is needed yet
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

  try {
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
    return { width: info.width, height: info.height, data, sha256, format };
  } catch (err) {
    if (err instanceof InferenceError) throw err;
    const message = err instanceof Error ? err.message : '';
    if (/pixel limit/i.test(message)) {
      throw new InferenceError('IMAGE_TOO_LARGE', 'The image has more pixels than allowed', {
        format,
        width,
        height,
        maxPixels: limits.maxInputPixels,
      });
    }
    // the decoder's message is not passed on: it can quote file content
    throw new InferenceError('UNREADABLE_IMAGE', 'The image is damaged or truncated and cannot be decoded', {
      format,
      width,
      height,
      bytes: input.length,
    });
  }
}
