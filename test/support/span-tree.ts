/** A finished span as the tests compare them, from the in-memory exporter or from OTLP/JSON. */
export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startMs: number;
  endMs: number;
  attributes: Record<string, unknown>;
}

/** The spans of one trace as an indented tree (children by start time), durations in ms. */
export function printTree(spans: SpanRecord[]): string {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | undefined, SpanRecord[]>();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => a.startMs - b.startMs)) {
      lines.push(`${'  '.repeat(depth)}${span.name}  ${(span.endMs - span.startMs).toFixed(1)} ms`);
      walk(span.spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines.join('\n');
}

/** The names of `span`'s ancestors in its trace, nearest first. */
export function ancestorsOf(span: SpanRecord, spans: SpanRecord[]): string[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const names: string[] = [];
  for (let p = span.parentSpanId ? byId.get(span.parentSpanId) : undefined; p;) {
    names.push(p.name);
    p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined;
  }
  return names;
}
