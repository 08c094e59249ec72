import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/spec/load-spec.ts';
import { openSession, PINNED_SPEC } from '../../../src/run/open-session.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { refuseProduction } from '../../../src/run/safety/refuse-production.ts';
import { startServer, type ReceivedRequest } from '../../http/helpers.ts';
import { must } from './helpers.ts';

const factory = must(await loadSpec(PINNED_SPEC)).document;

function refusal(
  target: string,
  document?: Record<string, unknown>,
  productionUrls: string[] = [],
): string | undefined {
  const result = refuseProduction(target, { productionUrls }, document);
  return result.ok ? undefined : result.error.oneLine();
}

const withServers = (servers: unknown[]): Record<string, unknown> => ({
  openapi: '3.1.0',
  paths: {},
  servers,
});

describe('refuseProduction', () => {
  it.each([
    'https://api.factory.ai',
    'https://api.factory.ai/',
    'HTTPS://API.Factory.ai:443',
    'https://api.factory.ai/api/v0',
  ])('refuses %s, the server the Factory document describes as Production, in one line', (target) => {
    const message = refusal(target, factory);
    expect(message).toMatch(/^OAC_ERR_USAGE: refusing to run against production https:\/\/api\.factory\.ai/);
    expect(message).toContain('"Production"');
    expect(message).toContain('--allow-production (CONTRACT_ALLOW_PRODUCTION=1)');
    expect(message).not.toContain('\n');
  });

  it.each([
    'https://staging.factory.ai',
    'http://api.factory.ai',
    'https://api.factory.ai.example.com',
    'http://127.0.0.1:8080',
  ])('lets %s through', (target) => expect(refusal(target, factory)).toBeUndefined());

  it('reads templated, path-level and operation-level servers, and only those described as production', () => {
    const doc = {
      openapi: '3.1.0',
      servers: [{ url: 'https://{region}.api.example.com/v1', description: 'prod (per region)' }],
      paths: {
        '/a': { servers: [{ url: 'https://a.example.com', description: 'Production mirror' }] },
        '/b': { get: { servers: [{ url: 'https://b.example.com', description: 'live PRODUCTION' }] } },
        '/c': { servers: [{ url: 'https://c.example.com', description: 'Staging (not product)' }] },
      },
    };
    expect(refusal('https://eu.api.example.com/v1', doc)).toBeDefined();
    expect(refusal('https://eu.api.example.com/v2', doc)).toBeUndefined();
    expect(refusal('https://a.example.com/x', doc)).toBeDefined();
    expect(refusal('https://b.example.com', doc)).toBeDefined();
    expect(refusal('https://c.example.com', doc)).toBeUndefined();
    expect(
      refusal('https://x.example.com', withServers([{ url: '/relative', description: 'Production' }])),
    ).toBeUndefined();
  });

  it('refuses the URLs and hosts of CONTRACT_PRODUCTION_URLS, and nothing once production is allowed', () => {
    expect(refusal('https://api.example.com/v0', undefined, ['https://api.example.com'])).toContain(
      'CONTRACT_PRODUCTION_URLS lists https://api.example.com',
    );
    expect(refusal('http://api.example.com', undefined, ['api.example.com'])).toBeDefined();
    expect(refusal('https://other.example.com', undefined, ['api.example.com'])).toBeUndefined();
    const allowed = refuseProduction(
      'https://api.factory.ai',
      { allowProduction: true, productionUrls: ['api.factory.ai'] },
      factory,
    );
    expect(allowed.ok).toBe(true);
  });

  it('keeps credentials and queries of the target out of the message', () => {
    const message = refusal('https://user:secret@api.factory.ai/?token=abc', factory);
    expect(message).toBeDefined();
    expect(message).not.toContain('secret');
    expect(message).not.toContain('token=abc');
  });
});

describe('openSession against production', () => {
  async function open(env: Record<string, string>): Promise<{ error?: string; requests: ReceivedRequest[] }> {
    const requests: ReceivedRequest[] = [];
    const server = await startServer((_request, response) => response.writeHead(404).end(), requests);
    try {
      const config = must(
        readRunConfig({ CONTRACT_BASE_URL: server.url, CONTRACT_SPEC: PINNED_SPEC, ...env }),
      );
      const session = await openSession(config, server.url);
      if (session.ok) await session.value.close();
      return { error: session.ok ? undefined : session.error.oneLine(), requests };
    } finally {
      await server.close();
    }
  }

  it('refuses a base URL listed in CONTRACT_PRODUCTION_URLS before sending anything', async () => {
    const { error, requests } = await open({
      CONTRACT_PRODUCTION_URLS: 'https://elsewhere.example.com, 127.0.0.1',
    });
    expect(error).toMatch(/^OAC_ERR_USAGE: refusing to run against production http:\/\/127\.0\.0\.1:\d+ /);
    expect(requests).toEqual([]);
  });

  it('opens with CONTRACT_ALLOW_PRODUCTION=1', async () => {
    const { error } = await open({ CONTRACT_PRODUCTION_URLS: '127.0.0.1', CONTRACT_ALLOW_PRODUCTION: '1' });
    expect(error).toBeUndefined();
  });
});
