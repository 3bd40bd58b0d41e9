/**
 * `npm run bench:probe -- --memory`: the service's memory around one 20 MB probe image, sent as a
 * multipart upload (POST /uploads, then createSearchRequest with probeUploadId) and as base64
 * inside the GraphQL JSON (probeImageBase64). Each way runs in a fresh service process (the real
 * `src/main.ts` with the demo data; PostgreSQL when DATABASE_URL is set, else the embedded PGlite
 * in memory, whose WebAssembly heap is part of the service's memory and never shrinks), so its
 * resident memory is the server's alone: read from /proc/<pid>/status before and after each request (VmRSS), and the peak during
 * it (VmHWM, reset before the request through /proc/<pid>/clear_refs). The image is PNG noise of
 * 20,000,000-odd bytes (under the default MAX_IMAGE_BYTES, 20 MiB): no face is found in it, so
 * both ways end NO_FACE after the same decode and detection; what differs is the transport.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { exportSPKI, generateKeyPair } from 'jose';
import sharp from 'sharp';
import { PROVENANCE } from '../test/support/search-workflow';
import { signed } from '../test/support/test-server';
import { startServiceProcess } from '../test/support/service-process';

const JUSTIFICATION =
  'Robbery at knifepoint on a bus; CCTV still of the suspect, identification needed to progress.';

interface Memory {
  rssMb: number;
  peakMb: number;
}

function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Resets the process's peak resident size to its current one (Linux: clear_refs 5). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** PNG noise of about `bytes` bytes (incompressible: 3 bytes per pixel and a little framing). */
async function noisePng(bytes: number): Promise<Buffer> {
  const side = Math.floor(Math.sqrt(bytes / 3));
  const raw = Buffer.alloc(side * side * 3);
  for (let i = 0; i + 4 <= raw.length; i += 4) raw.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, i);
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

async function oneWay(way: 'multipart' | 'base64', image: Buffer) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const service = startServiceProcess({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // with DATABASE_URL the database's memory is another process's; the embedded PGlite's is this one's
    PGLITE_DATA_DIR: 'memory://',
    SEED_DEMO_DATA: 'true',
    AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
    INFERENCE_SESSIONS: '1',
  });
  try {
    const [ready] = await service.ready();
    const url = String(ready.url);
    const pid = service.child.pid!;
    const token = await signed('swp.requester', { expiresIn: '1h' })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: Record<string, { id: string }>;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
    };
    // settled before the case is created: the next request follows at once, on the same kept-alive
    // connection (one idle longer than the server's keep-alive timeout could be closed under the body)
    await settle(3000);
    const caseId = (
      await gql(`mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
        input: { crimeReference: `62/${Date.now()}/26`, offenceCategory: 'ROBBERY' },
      })
    ).data!.createCase.id;
    const create = (probe: Record<string, unknown>) =>
      gql(`mutation($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) { id } }`, {
        input: {
          caseId,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          probeProvenance: PROVENANCE,
          ...probe,
        },
      });
    const steps: Array<{ step: string; before: Memory; after: Memory; outcome: string }> = [];
    const measured = async (step: string, work: () => Promise<string>) => {
      const before = memoryOf(pid);
      resetPeak(pid);
      const outcome = await work();
      await settle(500);
      steps.push({ step, before, after: memoryOf(pid), outcome });
    };
    if (way === 'multipart') {
      let uploadId = '';
      await measured('POST /uploads (20 MB, multipart)', async () => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'probe.png');
        const response = await fetch(url.replace(/\/graphql$/, '/uploads'), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
        const body = (await response.json()) as { id: string };
        uploadId = body.id;
        return `HTTP ${response.status}`;
      });
      await measured('createSearchRequest(probeUploadId)', async () => {
        const result = await create({ probeUploadId: uploadId });
        return result.errors?.[0]?.extensions?.code ?? 'created';
      });
    } else {
      await measured('createSearchRequest(probeImageBase64, 20 MB)', async () => {
        const result = await create({ probeImageBase64: image.toString('base64') });
        return result.errors?.[0]?.extensions?.code ?? 'created';
      });
    }
    return steps;
  } catch (error) {
    process.stderr.write(`${service.log().slice(-3000)}\n`);
    throw error;
  } finally {
    service.child.kill('SIGTERM');
    await service.exited;
  }
}

export async function measureUploadMemory(): Promise<void> {
  const image = await noisePng(20_000_000);
  console.log(
    `image: ${image.length} bytes of PNG noise (base64: ${Math.ceil(image.length / 3) * 4} characters)`,
  );
  const load = loadavg();
  const mb = (m: number) => m.toFixed(0).padStart(5);
  for (const way of ['multipart', 'base64'] as const) {
    for (const s of await oneWay(way, image))
      console.log(
        `${way.padEnd(9)} ${s.step.padEnd(46)} RSS before ${mb(s.before.rssMb)} MB, after ${mb(s.after.rssMb)} MB, peak during ${mb(s.after.peakMb)} MB (+${mb(s.after.peakMb - s.before.rssMb)} MB); ${s.outcome}`,
      );
  }
  console.log(
    `load average before ${load.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
