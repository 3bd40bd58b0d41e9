/**
 * A load generator in its own process (autocannon: keep-alive HTTP/1.1, N connections, each
 * sending the next request when the last answered), so the service under test keeps its cores.
 * Run by bench scripts: `node -r ts-node/register/transpile-only bench/support/http-load.ts <json>`;
 * prints `{"measuring":true}` when the warm-up ends, then one JSON line with requests/s and latency
 * percentiles of the measured window. A 200
 * answer that carries GraphQL `errors` counts as an error, not as a served request.
 */
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  body: string;
  token?: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  firstError: string | null;
}

async function run(spec: LoadSpec, seconds: number): Promise<LoadResult> {
  let errors = 0;
  let firstError: string | null = null;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (spec.token) headers.authorization = `Bearer ${spec.token}`;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers,
        body: spec.body,
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) {
            errors += 1;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const answered = result.requests.total - errors - result.errors - result.timeouts;
  return {
    requests: answered,
    rps: answered / seconds,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts,
    firstError,
  };
}

if (require.main === module) {
  const spec = JSON.parse(process.argv[2]) as LoadSpec;
  (async () => {
    if (spec.warmupSeconds > 0) await run(spec, spec.warmupSeconds);
    process.stdout.write(JSON.stringify({ measuring: true }) + '\n');
    process.stdout.write(JSON.stringify(await run(spec, spec.seconds)) + '\n');
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
