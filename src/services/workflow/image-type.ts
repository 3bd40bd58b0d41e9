import { createHash } from 'node:crypto';

/** The MIME type of image bytes from their magic numbers (the formats the inference module decodes). */
export function sniffImageType(bytes: Buffer): string {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (
    bytes.length > 12 &&
    bytes.toString('ascii', 0, 4) === 'RIFF' &&
    bytes.toString('ascii', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  return 'application/octet-stream';
}

/** An image as the probe tables keep it: its bytes, their MIME type and their SHA-256. */
export function storedImage(bytes: Buffer): { mimeType: string; bytes: Buffer; sha256: string } {
  return { mimeType: sniffImageType(bytes), bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
