import { badInput } from '../errors';
import type { ImageSource } from '../services';

/**
 * A mutation's image from its two input fields: an upload's id (POST /uploads) or base64 text,
 * exactly one of them. `field` is the fields' stem (`probe`: probeUploadId / probeImageBase64).
 */
export function imageSource(
  field: 'probe' | 'image',
  uploadId: string | null | undefined,
  base64: string | null | undefined,
): ImageSource {
  const given = [uploadId, base64].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1)
    throw badInput(`Give exactly one of ${field}UploadId (from POST /uploads) and ${field}ImageBase64`, {
      field: `${field}UploadId`,
    });
  return uploadId ? { uploadId } : { base64: base64! };
}
