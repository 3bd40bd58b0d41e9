import { chainedFields } from '../audit';
import type { AuditEvent } from '../entities';

/**
 * How audit events are written to the streaming exports. Both formats carry exactly the fields
 * the hash chain protects (plus the chain links), under the same names as the GraphQL type, so
 * a JSON Lines export can be re-verified offline with `chainHash`.
 */
export type AuditExportFormat = 'csv' | 'jsonl';

export const AUDIT_EXPORT_COLUMNS = [
  'seq',
  'id',
  'occurredAt',
  'actorOfficerId',
  'actorForceId',
  'action',
  'subjectType',
  'subjectId',
  'forceId',
  'reason',
  'details',
  'prevHash',
  'hash',
] as const;

export const AUDIT_EXPORT_CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** The plain record written for one event (dates as ISO-8601, nulls kept). */
export function exportRecord(event: AuditEvent) {
  return {
    ...chainedFields(event),
    occurredAt: event.occurredAt.toISOString(),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

export const csvHeader = (): string => `${AUDIT_EXPORT_COLUMNS.join(',')}\r\n`;

/** One RFC 4180 record, CRLF-terminated. */
export function csvRow(event: AuditEvent): string {
  const record = exportRecord(event);
  return `${AUDIT_EXPORT_COLUMNS.map((column) => {
    const value = record[column];
    return csvField(column === 'details' ? JSON.stringify(value) : (value as string | number | null));
  }).join(',')}\r\n`;
}

export const jsonLine = (event: AuditEvent): string => `${JSON.stringify(exportRecord(event))}\n`;

/** Cells a spreadsheet would run as a formula when the file is opened (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Null is an empty field and the empty string a quoted empty field, so the two
 * stay apart. Fields holding a quote, comma or line break are quoted with quotes doubled.
 * Free text that starts like a formula (a justification typed as "=HYPERLINK(...)") gets a
 * leading apostrophe, OWASP's advice for files that end up in spreadsheets; the JSON Lines
 * export is the byte-exact one to re-verify hashes with.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (value === '') return '""';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
