import { generateKeyPair } from 'jose';
import { graphql } from '../gql';
import { codes, signed, TestServer } from '../support/test-server';

const Me = graphql(`
  query Me {
    me {
      displayName
      roles
    }
  }
`);

describe('authentication', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('should answer { __typename } without a token', async () => {
    const response = await server.gql('{ __typename }');
    expect(response).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });

  it('should accept a valid token and map it to the officer', async () => {
    const response = await server.gql(Me, {}, { as: 'swp.requester' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toEqual({ displayName: 'DC Rhian Evans', roles: ['REQUESTER'] });
  });

  it('should refuse a missing token on a protected field', async () => {
    const response = await server.gql(Me);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeNull();
  });

  it('should refuse an expired token with HTTP 401', async () => {
    const token = await server.token('swp.requester', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const response = await server.gql(Me, {}, { token });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0].message).toMatch(/expired/);
  });

  it('should refuse a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await signed('swp.requester', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const response = await server.gql(Me, {}, { token });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse an HS256 token when a public key is configured (algorithm confusion)', async () => {
    const token = await signed('swp.requester', {}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(server.config.auth.publicKeyPem!));
    expect(codes(await server.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse a token for a subject with no active officer', async () => {
    const response = await server.gql(Me, {}, { as: 'nobody.at.all' });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it("should refuse a token whose force claim is not the officer's force", async () => {
    const token = await server.token('swp.requester', { force: 'GWP' });
    expect(codes(await server.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
    const matching = await server.token('swp.requester', { force: 'SWP' });
    expect((await server.gql(Me, {}, { token: matching })).data?.me?.displayName).toBe('DC Rhian Evans');
  });

  it('should refuse a malformed Authorization header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ me { displayName } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
