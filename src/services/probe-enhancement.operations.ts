import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { badInput, DomainError } from '../errors';

/**
 * The enhancements a probe may receive, and the only place they are applied: pixel operations and
 * interpolation, each with its parameters' ranges, in one table. Nothing generative (no inpainting,
 * no super-resolution or face-restoring network, nothing that invents detail) and no compositing
 * of other images: an operation not in the table is refused with ENHANCEMENT_NOT_ALLOWED, a
 * parameter outside its range with ENHANCEMENT_PARAMETER_OUT_OF_RANGE, a missing, unknown or
 * mistyped parameter with BAD_USER_INPUT. Every step writes a PNG (lossless), so applying the
 * recorded steps to the original again gives the same bytes.
 */

type ParameterSpec =
  | { kind: 'int'; min: number; max: number; odd?: boolean; optional?: false }
  | { kind: 'number'; min: number; max: number; optional?: false }
  | { kind: 'choice'; values: readonly string[]; default: string; optional: true };

interface OperationSpec {
  description: string;
  parameters: Record<string, ParameterSpec>;
}

/** The largest side an enhanced probe may have (an upscale beyond it is out of range). */
export const ENHANCED_MAX_SIDE = 4096;
/** At most this many steps in one enhancement. */
export const ENHANCEMENT_MAX_STEPS = 20;

const UPSCALE_KERNELS = ['linear', 'cubic', 'mitchell', 'lanczos3'] as const;

export const ENHANCEMENT_OPERATIONS = {
  CROP: {
    description: 'Keep a rectangle of the image (pixels from the top-left corner)',
    parameters: {
      left: { kind: 'int', min: 0, max: ENHANCED_MAX_SIDE },
      top: { kind: 'int', min: 0, max: ENHANCED_MAX_SIDE },
      width: { kind: 'int', min: 16, max: ENHANCED_MAX_SIDE },
      height: { kind: 'int', min: 16, max: ENHANCED_MAX_SIDE },
    },
  },
  ROTATE: {
    description: 'Turn the image by an angle in degrees (clockwise), the new corners filled black',
    parameters: { angle: { kind: 'number', min: -180, max: 180 } },
  },
  MIRROR_UNDO: {
    description: 'Undo a mirrored image (e.g. a selfie camera): flip left and right',
    parameters: {},
  },
  BRIGHTNESS: {
    description: 'Multiply the brightness by a factor',
    parameters: { factor: { kind: 'number', min: 0.5, max: 2 } },
  },
  CONTRAST: {
    description: 'Stretch (factor above 1) or flatten the contrast about mid-grey',
    parameters: { factor: { kind: 'number', min: 0.5, max: 2 } },
  },
  GAMMA: {
    description: 'Gamma correction: out = in^(1/gamma); above 1 lifts the shadows',
    parameters: { gamma: { kind: 'number', min: 0.4, max: 2.5 } },
  },
  GREYSCALE: { description: 'Drop the colour', parameters: {} },
  SHARPEN: {
    description: 'Unsharp mask with a Gaussian of the given sigma (pixels)',
    parameters: { sigma: { kind: 'number', min: 0.5, max: 3 } },
  },
  DENOISE: {
    description: 'Median filter of the given (odd) window size',
    parameters: { size: { kind: 'int', min: 3, max: 7, odd: true } },
  },
  UPSCALE: {
    description: `Enlarge by a factor with an interpolation kernel (${UPSCALE_KERNELS.join(', ')}); never a learned model`,
    parameters: {
      factor: { kind: 'number', min: 1.1, max: 4 },
      kernel: { kind: 'choice', values: UPSCALE_KERNELS, default: 'lanczos3', optional: true },
    },
  },
} as const satisfies Record<string, OperationSpec>;

export type EnhancementOperation = keyof typeof ENHANCEMENT_OPERATIONS;
export const ENHANCEMENT_OPERATION_NAMES = Object.keys(ENHANCEMENT_OPERATIONS) as EnhancementOperation[];

/** A step as asked for: an operation named in text, so an unknown one is the product's own refusal. */
export interface EnhancementStepInput {
  operation: string;
  parameters?: Record<string, unknown> | null;
}

/** A step checked against the allow-list: its parameters complete (defaults filled in). */
export interface EnhancementStep {
  operation: EnhancementOperation;
  parameters: Record<string, number | string>;
}

const ALLOWED_LIST = ENHANCEMENT_OPERATION_NAMES.join(', ');

/** Checks every step against the allow-list and its parameters' ranges; nothing is applied. */
export function validateEnhancementSteps(steps: readonly EnhancementStepInput[]): EnhancementStep[] {
  if (!Array.isArray(steps) || steps.length === 0)
    throw badInput('An enhancement needs at least one step', { field: 'steps' });
  if (steps.length > ENHANCEMENT_MAX_STEPS)
    throw badInput(`An enhancement has at most ${ENHANCEMENT_MAX_STEPS} steps`, {
      field: 'steps',
      max: ENHANCEMENT_MAX_STEPS,
    });
  return steps.map((step, index) => validateStep(step, index));
}

function validateStep(step: EnhancementStepInput, index: number): EnhancementStep {
  const name = typeof step.operation === 'string' ? step.operation.trim() : '';
  if (!Object.hasOwn(ENHANCEMENT_OPERATIONS, name)) {
    const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
    throw new DomainError(
      'ENHANCEMENT_NOT_ALLOWED',
      `"${shown}" is not an allowed enhancement. Only these operations may be applied: ${ALLOWED_LIST}. ` +
        'Nothing generative (no inpainting, no super-resolution or face-restoring model) and no compositing of other images',
      { field: `steps[${index}].operation`, operation: shown, allowed: ENHANCEMENT_OPERATION_NAMES },
    );
  }
  const operation = name as EnhancementOperation;
  const specs: Record<string, ParameterSpec> = ENHANCEMENT_OPERATIONS[operation].parameters;
  const given = step.parameters ?? {};
  if (typeof given !== 'object' || Array.isArray(given))
    throw badInput(`Step ${index + 1}: parameters must be an object`, {
      field: `steps[${index}].parameters`,
    });
  for (const key of Object.keys(given))
    if (!Object.hasOwn(specs, key))
      throw badInput(
        `Step ${index + 1} (${operation}) takes no parameter "${key.slice(0, 40)}"; it takes ${Object.keys(specs).join(', ') || 'none'}`,
        { field: `steps[${index}].parameters.${key.slice(0, 40)}` },
      );
  const parameters: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const field = `steps[${index}].parameters.${key}`;
    const value = (given as Record<string, unknown>)[key];
    if (spec.kind === 'choice') {
      if (value === undefined || value === null) parameters[key] = spec.default;
      else if (typeof value === 'string' && spec.values.includes(value)) parameters[key] = value;
      else
        throw new DomainError(
          'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
          `Step ${index + 1} (${operation}): ${key} is one of ${spec.values.join(', ')}`,
          { field, operation, parameter: key, allowed: [...spec.values] },
        );
      continue;
    }
    if (value === undefined || value === null)
      throw badInput(`Step ${index + 1} (${operation}) needs ${key}`, { field });
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw badInput(`Step ${index + 1} (${operation}): ${key} must be a number`, { field });
    const bad =
      value < spec.min ||
      value > spec.max ||
      (spec.kind === 'int' && (!Number.isInteger(value) || (spec.odd === true && value % 2 === 0)));
    if (bad)
      throw new DomainError(
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        `Step ${index + 1} (${operation}): ${key} must be ${spec.kind === 'int' ? (spec.odd ? 'an odd whole number' : 'a whole number') : 'a number'} from ${spec.min} to ${spec.max}`,
        { field, operation, parameter: key, min: spec.min, max: spec.max, value },
      );
    parameters[key] = value;
  }
  return { operation, parameters };
}

export interface AppliedStep extends EnhancementStep {
  inputSha256: string;
  outputSha256: string;
}

export interface EnhancementResult {
  bytes: Buffer;
  sha256: string;
  width: number;
  height: number;
  steps: AppliedStep[];
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Applies validated steps in order to `input` (the original probe or an earlier result), each to
 * the previous step's PNG. The first step reads the image upright (its EXIF orientation applied,
 * as the face pipeline reads it). A crop outside the image, or a result larger than
 * ENHANCED_MAX_SIDE, is ENHANCEMENT_PARAMETER_OUT_OF_RANGE.
 */
export async function applyEnhancementSteps(
  input: Buffer,
  steps: readonly EnhancementStep[],
  firstIndex = 0,
): Promise<EnhancementResult> {
  let current = input;
  let inputSha = sha256Of(input);
  let { width, height } = await upright(input);
  const applied: AppliedStep[] = [];
  for (const [i, step] of steps.entries()) {
    const index = firstIndex + i;
    const out = await applyOne(i === 0 ? await uprightPng(current) : current, step, index, {
      width,
      height,
    });
    const sha = sha256Of(out.data);
    applied.push({ ...step, inputSha256: inputSha, outputSha256: sha });
    current = out.data;
    inputSha = sha;
    ({ width, height } = out.info);
  }
  return { bytes: current, sha256: inputSha, width, height, steps: applied };
}

async function upright(bytes: Buffer): Promise<{ width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    width: (turned ? meta.height : meta.width) ?? 0,
    height: (turned ? meta.width : meta.height) ?? 0,
  };
}

function uprightPng(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes).autoOrient().png().toBuffer();
}

function outOfRange(index: number, operation: string, parameter: string, message: string) {
  return new DomainError(
    'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
    `Step ${index + 1} (${operation}): ${message}`,
    {
      field: `steps[${index}].parameters.${parameter}`,
      operation,
      parameter,
    },
  );
}

async function applyOne(
  bytes: Buffer,
  step: EnhancementStep,
  index: number,
  size: { width: number; height: number },
): Promise<{ data: Buffer; info: sharp.OutputInfo }> {
  const p = step.parameters;
  const num = (key: string) => p[key] as number;
  let image = sharp(bytes);
  switch (step.operation) {
    case 'CROP': {
      const [left, top, width, height] = [num('left'), num('top'), num('width'), num('height')];
      if (left + width > size.width)
        throw outOfRange(
          index,
          'CROP',
          'width',
          `left + width (${left + width}) exceeds the image width ${size.width}`,
        );
      if (top + height > size.height)
        throw outOfRange(
          index,
          'CROP',
          'height',
          `top + height (${top + height}) exceeds the image height ${size.height}`,
        );
      image = image.extract({ left, top, width, height });
      break;
    }
    case 'ROTATE':
      image = image.rotate(num('angle'), { background: { r: 0, g: 0, b: 0, alpha: 1 } });
      break;
    case 'MIRROR_UNDO':
      image = image.flop();
      break;
    case 'BRIGHTNESS':
      image = image.modulate({ brightness: num('factor') });
      break;
    case 'CONTRAST': {
      const a = num('factor');
      image = image.linear(a, 128 * (1 - a));
      break;
    }
    case 'GAMMA': {
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      const lut = Buffer.alloc(256);
      for (let v = 0; v < 256; v += 1) lut[v] = Math.round(255 * Math.pow(v / 255, 1 / num('gamma')));
      // colour channels only: an alpha channel keeps its values
      const colours = info.channels === 2 || info.channels === 4 ? info.channels - 1 : info.channels;
      for (let i = 0; i < data.length; i += 1) if (i % info.channels < colours) data[i] = lut[data[i]];
      image = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
      break;
    }
    case 'GREYSCALE':
      image = image.greyscale();
      break;
    case 'SHARPEN':
      image = image.sharpen({ sigma: num('sigma') });
      break;
    case 'DENOISE':
      image = image.median(num('size'));
      break;
    case 'UPSCALE': {
      const width = Math.round(size.width * num('factor'));
      const height = Math.round(size.height * num('factor'));
      if (width > ENHANCED_MAX_SIDE || height > ENHANCED_MAX_SIDE)
        throw outOfRange(
          index,
          'UPSCALE',
          'factor',
          `the result (${width} x ${height}) would exceed ${ENHANCED_MAX_SIDE} pixels a side`,
        );
      image = image.resize(width, height, {
        fit: 'fill',
        kernel: p.kernel as (typeof UPSCALE_KERNELS)[number],
      });
      break;
    }
  }
  return image.png().toBuffer({ resolveWithObject: true });
}
