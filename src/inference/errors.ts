export type InferenceErrorCode =
  | 'UNREADABLE_IMAGE'
  | 'UNSUPPORTED_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'NO_FACE'
  | 'MULTIPLE_FACES'
  // the caller named a face the image does not have (a mistake in the request: BAD_USER_INPUT to a client)
  | 'FACE_INDEX_OUT_OF_RANGE'
  | 'FACE_TOO_SMALL'
  | 'LOW_QUALITY'
  // every pipeline busy and the queue full: nothing wrong with the image, try again shortly
  | 'UNAVAILABLE';

/**
 * An expected failure of face inference. `details` carries measured values and face boxes only:
 * never pixels, templates or the decoder's own message (which may quote file content).
 */
export class InferenceError extends Error {
  readonly code: InferenceErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: InferenceErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'InferenceError';
    this.code = code;
    this.details = details;
  }
}
