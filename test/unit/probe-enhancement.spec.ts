import type { QueryRunner } from 'typeorm';
import { ProbeEnhancement1764430000000 } from '../../migrations/1764430000000-ProbeEnhancement';
import {
  ENHANCEMENT_MAX_STEPS,
  ENHANCEMENT_OPERATION_NAMES,
  validateEnhancementSteps,
} from '../../src/services/probe-enhancement.operations';

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('validateEnhancementSteps', () => {
  it('should take every allowed operation with parameters in range, filling in defaults', () => {
    expect(
      validateEnhancementSteps([
        { operation: 'CROP', parameters: { left: 0, top: 0, width: 16, height: 4096 } },
        { operation: 'ROTATE', parameters: { angle: -180 } },
        { operation: 'MIRROR_UNDO' },
        { operation: 'BRIGHTNESS', parameters: { factor: 0.5 } },
        { operation: 'CONTRAST', parameters: { factor: 2 } },
        { operation: 'GAMMA', parameters: { gamma: 2.5 } },
        { operation: 'GREYSCALE', parameters: null },
        { operation: 'SHARPEN', parameters: { sigma: 3 } },
        { operation: 'DENOISE', parameters: { size: 7 } },
        { operation: 'UPSCALE', parameters: { factor: 4, kernel: 'cubic' } },
        { operation: ' UPSCALE ', parameters: { factor: 2 } },
      ]).map((s) => [s.operation, s.parameters]),
    ).toEqual([
      ['CROP', { left: 0, top: 0, width: 16, height: 4096 }],
      ['ROTATE', { angle: -180 }],
      ['MIRROR_UNDO', {}],
      ['BRIGHTNESS', { factor: 0.5 }],
      ['CONTRAST', { factor: 2 }],
      ['GAMMA', { gamma: 2.5 }],
      ['GREYSCALE', {}],
      ['SHARPEN', { sigma: 3 }],
      ['DENOISE', { size: 7 }],
      ['UPSCALE', { factor: 4, kernel: 'cubic' }],
      ['UPSCALE', { factor: 2, kernel: 'lanczos3' }],
    ]);
  });

  it.each(['inpaint', 'superResolve', 'composite', 'overlay', 'toString', '__proto__', 'constructor'])(
    'should refuse %p as not allowed (nothing generative, no compositing, no inherited names)',
    (operation) => {
      expect(codeOf(() => validateEnhancementSteps([{ operation }]))).toBe('ENHANCEMENT_NOT_ALLOWED');
    },
  );

  it.each([
    ['CROP', { left: -1, top: 0, width: 16, height: 16 }],
    ['CROP', { left: 0, top: 0, width: 15, height: 16 }],
    ['CROP', { left: 0.5, top: 0, width: 16, height: 16 }],
    ['ROTATE', { angle: 180.5 }],
    ['BRIGHTNESS', { factor: 2.01 }],
    ['CONTRAST', { factor: 0.49 }],
    ['GAMMA', { gamma: 0.3 }],
    ['SHARPEN', { sigma: 0 }],
    ['DENOISE', { size: 9 }],
    ['DENOISE', { size: 5.5 }],
    ['UPSCALE', { factor: 1 }],
    ['UPSCALE', { factor: 2, kernel: 'nearest' }],
  ])('should refuse %s %j as out of range', (operation, parameters) => {
    expect(codeOf(() => validateEnhancementSteps([{ operation, parameters }]))).toBe(
      'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
    );
  });

  it('should refuse no steps, too many, and missing, unknown or mistyped parameters as bad input', () => {
    const greys = (n: number) => Array.from({ length: n }, () => ({ operation: 'GREYSCALE' }));
    expect(codeOf(() => validateEnhancementSteps([]))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateEnhancementSteps(greys(ENHANCEMENT_MAX_STEPS)))).toBeUndefined();
    expect(codeOf(() => validateEnhancementSteps(greys(ENHANCEMENT_MAX_STEPS + 1)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateEnhancementSteps([{ operation: 'ROTATE' }]))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() => validateEnhancementSteps([{ operation: 'ROTATE', parameters: { angle: '90' } }])),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() => validateEnhancementSteps([{ operation: 'MIRROR_UNDO', parameters: { image: 'x' } }])),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('ProbeEnhancement migration', () => {
  it("should allow in the database exactly the service's operations", async () => {
    const sql: string[] = [];
    await new ProbeEnhancement1764430000000().up({
      query: async (text: string) => void sql.push(text),
    } as unknown as QueryRunner);
    const table = sql.find((s) => s.includes('CREATE TABLE "probe_enhancement_step"'))!;
    const listed = /"operation" IN\s*\(([^)]*)\)/
      .exec(table)![1]
      .match(/'([A-Z_]+)'/g)!
      .map((s) => s.slice(1, -1));
    expect(listed.sort()).toEqual([...ENHANCEMENT_OPERATION_NAMES].sort());
  });
});
