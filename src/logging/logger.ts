import pino, { Logger } from 'pino';
import { logCorrelation } from '../observability/request-scope';

/**
 * Structured JSON logs. Anything that could carry a token, a face image or a template is redacted
 * by key, wherever it sits; callers still never pass such values on purpose. A line logged while
 * serving a request carries `requestId`, and with tracing on `traceId` and `spanId`.
 */
const REDACTED_KEYS = [
  'authorization',
  'token',
  'accessToken',
  'image',
  'imageBytes',
  'probe',
  'template',
  'embedding',
  'bytes',
  'password',
  'secret',
];

export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    base: { service: 'twokey', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // every line written while serving a request carries its request id and trace id
    mixin: logCorrelation,
    redact: {
      paths: [
        ...REDACTED_KEYS,
        ...REDACTED_KEYS.map((k) => `*.${k}`),
        'req.headers.authorization',
        'variables',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
