import { createHash } from 'node:crypto';
import type { ChosenFace, FaceAnalysis, FacePipeline, JobOptions } from '../../src/inference';

/**
 * The real face pipeline, wrapped to count the calls made for each image (by its sha256) and to
 * announce another active model version when a test says so: how the tests show one inference per image.
 */
export class CountingPipeline implements FacePipeline {
  readonly calls = new Map<string, number>();
  /** When set, the model version the service is told is active. */
  announced: string | null = null;

  constructor(private readonly real: FacePipeline) {}

  get faceModel(): string {
    return this.real.faceModel;
  }

  get modelVersion(): string {
    return this.announced ?? this.real.modelVersion;
  }

  get dimension(): number {
    return this.real.dimension;
  }

  get calibration(): FacePipeline['calibration'] {
    return this.real.calibration;
  }

  callsFor(image: Buffer): number {
    return this.calls.get(digest(image)) ?? 0;
  }

  analyse(image: Buffer, options?: JobOptions): Promise<FaceAnalysis> {
    this.count(image);
    return this.real.analyse(image, options);
  }

  templateFor(image: Buffer, faceIndex?: number, options?: JobOptions): Promise<ChosenFace> {
    this.count(image);
    return this.real.templateFor(image, faceIndex, options);
  }

  close(): Promise<void> {
    return this.real.close();
  }

  private count(image: Buffer): void {
    const key = digest(image);
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
