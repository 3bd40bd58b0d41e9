import { ExecutionResult, GraphQLID, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { EventQueue } from '../../src/events/pubsub';
import { SAME_FOR_EVERY_SUBSCRIBER } from '../../src/schema/field-extensions';
import { sharedSubscribe } from '../../src/server/shared-subscribe';

/**
 * graphql-ws runs `sharedSubscribe` for every subscription: a live notice is executed once for all
 * the sockets that asked for it with the same document and variables, but only when the field says
 * its result is the event's alone, and never in a way that gives one subscriber another's events.
 */
interface Ctx {
  officer: string | null;
  events: EventQueue<Notice>;
  broken?: boolean;
}
interface Notice {
  id: string;
  status: string;
}

let executions = 0;
const NoticeType = new GraphQLObjectType<Notice>({
  name: 'Notice',
  fields: { id: { type: GraphQLID }, status: { type: GraphQLString } },
});
const feed = (extensions: Record<string, unknown>) => ({
  type: NoticeType,
  args: { tag: { type: GraphQLString } },
  extensions,
  subscribe: (_root: unknown, _args: unknown, ctx: Ctx) => ctx.events,
  resolve: (event: Notice, _args: unknown, ctx: Ctx) => {
    executions += 1;
    if (ctx.broken) throw new Error('this subscriber cannot be served');
    return event;
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: { shared: feed({ [SAME_FOR_EVERY_SUBSCRIBER]: true }), own: feed({}) },
  }),
});

const subscribe = sharedSubscribe((ctx) => (ctx as Ctx).officer !== null);
const SHARED = parse('subscription { shared { id status } }');

async function subscriber(
  document = SHARED,
  extra: Partial<Ctx> & { variables?: Record<string, unknown> } = {},
) {
  const { variables, ...ctx } = extra;
  const contextValue: Ctx = { officer: 'officer-1', events: new EventQueue<Notice>(100), ...ctx };
  const stream = await subscribe({ schema, document, contextValue, variableValues: variables });
  if (!(Symbol.asyncIterator in stream)) throw new Error(`no stream: ${JSON.stringify(stream)}`);
  return { events: contextValue.events, results: stream as AsyncIterableIterator<ExecutionResult> };
}
const nextOf = async (results: AsyncIterableIterator<ExecutionResult>) =>
  (await results.next()).value as ExecutionResult;

describe('sharedSubscribe', () => {
  beforeEach(() => {
    executions = 0;
  });

  it('should execute an event once for every subscriber of the same document', async () => {
    const subscribers = await Promise.all([1, 2, 3, 4, 5].map(() => subscriber()));
    const event = { id: 't1', status: 'OPEN' };
    for (const s of subscribers) s.events.push(event);
    const results = await Promise.all(subscribers.map((s) => nextOf(s.results)));
    expect(results.map((r) => r.data)).toEqual(
      subscribers.map(() => ({ shared: { id: 't1', status: 'OPEN' } })),
    );
    expect(executions).toBe(1);
  });

  it('should execute it once for each document, operation and variables, each subscriber getting the shape it asked for', async () => {
    const plain = await subscriber();
    const aliased = await subscriber(parse('subscription { shared { taskId: id } }'));
    const tagged = await subscriber(parse('subscription Tagged($tag: String) { shared(tag: $tag) { id } }'), {
      variables: { tag: 'a' },
    });
    const otherTag = await subscriber(
      parse('subscription Tagged($tag: String) { shared(tag: $tag) { id } }'),
      { variables: { tag: 'b' } },
    );
    const event = { id: 't2', status: 'CLAIMED' };
    for (const s of [plain, aliased, tagged, otherTag]) s.events.push(event);
    expect((await nextOf(plain.results)).data).toEqual({ shared: { id: 't2', status: 'CLAIMED' } });
    expect((await nextOf(aliased.results)).data).toEqual({ shared: { taskId: 't2' } });
    expect((await nextOf(tagged.results)).data).toEqual({ shared: { id: 't2' } });
    expect((await nextOf(otherTag.results)).data).toEqual({ shared: { id: 't2' } });
    expect(executions).toBe(4);
  });

  it('should execute per subscriber a field that does not say its result is the same for everyone', async () => {
    const own = parse('subscription { own { id } }');
    const subscribers = await Promise.all([1, 2, 3].map(() => subscriber(own)));
    const event = { id: 't3', status: 'OPEN' };
    for (const s of subscribers) s.events.push(event);
    await Promise.all(subscribers.map((s) => nextOf(s.results)));
    expect(executions).toBe(3);
  });

  it('should not share with a subscriber whose context may not share', async () => {
    const [a, b] = [await subscriber(), await subscriber(SHARED, { officer: null })];
    const event = { id: 't4', status: 'OPEN' };
    a.events.push(event);
    b.events.push(event);
    await Promise.all([nextOf(a.results), nextOf(b.results)]);
    expect(executions).toBe(2);
  });

  it('should give each subscriber only the events its own stream yields', async () => {
    const [a, b] = [await subscriber(), await subscriber()];
    const onlyA = { id: 'for-a', status: 'OPEN' };
    const both = { id: 'for-both', status: 'OPEN' };
    a.events.push(onlyA);
    a.events.push(both);
    b.events.push(both);
    expect((await nextOf(a.results)).data).toEqual({ shared: { id: 'for-a', status: 'OPEN' } });
    expect((await nextOf(b.results)).data).toEqual({ shared: { id: 'for-both', status: 'OPEN' } });
    expect((await nextOf(a.results)).data).toEqual({ shared: { id: 'for-both', status: 'OPEN' } });
  });

  it('should not reuse a result with errors: the next subscriber executes the event itself', async () => {
    const [broken, fine] = [await subscriber(SHARED, { broken: true }), await subscriber()];
    const event = { id: 't5', status: 'OPEN' };
    broken.events.push(event);
    fine.events.push(event);
    expect((await nextOf(broken.results)).errors).toHaveLength(1);
    expect((await nextOf(fine.results)).data).toEqual({ shared: { id: 't5', status: 'OPEN' } });
    expect(executions).toBe(2);
  });

  it('should end with the source stream, and close it when the subscriber leaves', async () => {
    const a = await subscriber();
    a.events.fail(new Error('cut off'));
    await expect(a.results.next()).rejects.toThrow('cut off');
    const b = await subscriber();
    await b.results.return!();
    expect(b.events.done).toBe(true);
  });
});
