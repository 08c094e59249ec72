import { describe, expect, it } from 'vitest';
import type { CaseOutcome } from '../../src/run/types.ts';
import { bindingsFrom, withBoundValues, type Binding } from '../../src/run/replay-bind.ts';
import type { RecordedStep } from '../../src/run/recorded-step.ts';
import { parseReplayFile } from '../../src/run/read-replay-file.ts';
import { REPLAY_FORMAT } from '../../src/run/replay-file.ts';
import { STEP } from '../report/support/fake-results.ts';

const at = (path: string): RecordedStep => ({ ...STEP, request: { ...STEP.request, path } });
const bound = (entries: [string, Binding][]) => new Map(entries);

describe('withBoundValues', () => {
  it('puts the new id where the template names the parameter, below a server path, keeping the query', () => {
    const step = at('/v2/pets/82?verbose=1');
    const next = withBoundValues(step, '/pets/{petId}', bound([['petId', { from: '82', to: '7' }]]));
    expect(next.request.path).toBe('/v2/pets/7?verbose=1');
    expect(next.request.body).toBe(step.request.body);
    expect(step.request.path).toBe('/v2/pets/82?verbose=1');
  });

  it('replaces each bound parameter of a nested path, percent-encoding the new value', () => {
    const next = withBoundValues(
      at('/owners/o%201/pets/82'),
      '/owners/{ownerId}/pets/{petId}',
      bound([
        ['ownerId', { from: 'o 1', to: 'o/2' }],
        ['petId', { from: '82', to: 'p 9' }],
      ]),
    );
    expect(next.request.path).toBe('/owners/o%2F2/pets/p%209');
  });

  it('leaves a path alone whose value is not the recorded one, or that does not fit the template', () => {
    const bindings = bound([['petId', { from: '82', to: '7' }]]);
    // A negative case's own value (not the created pet's) is what it tests: it stays.
    expect(withBoundValues(at('/pets/abc'), '/pets/{petId}', bindings).request.path).toBe('/pets/abc');
    expect(withBoundValues(at('/owners/82'), '/pets/{petId}', bindings).request.path).toBe('/owners/82');
    expect(withBoundValues(at('/pets/82'), undefined, bindings).request.path).toBe('/pets/82');
  });
});

function answering(status: number, body: unknown, bodyText = JSON.stringify(body)): CaseOutcome {
  const response = { status, bodyText, json: { ok: true, value: body } };
  return { exchange: { response } } as unknown as CaseOutcome;
}

describe('bindingsFrom', () => {
  const creation: RecordedStep = { ...STEP, provides: [{ param: 'petId', value: '82' }] };

  it('keeps the exact digits of an id past 2^53, as the run did', () => {
    const text = '{"id":9007199254740993,"name":"x"}';
    expect(bindingsFrom(creation, answering(201, JSON.parse(text), text)).bindings).toEqual([
      ['petId', { from: '82', to: '9007199254740993' }],
    ]);
  });

  it('reads the id from the answer as the run did: by name, or at the link pointer', () => {
    expect(bindingsFrom(creation, answering(201, { id: 7, name: 'x' }))).toEqual({
      bindings: [['petId', { from: '82', to: '7' }]],
    });
    const linked: RecordedStep = {
      ...STEP,
      provides: [{ param: 'petId', value: 'k1', pointer: '/pet/key' }],
    };
    expect(bindingsFrom(linked, answering(201, { pet: { key: 'k2' } })).bindings).toEqual([
      ['petId', { from: 'k1', to: 'k2' }],
    ]);
  });

  it('names the parameter an answer does not give, and gives nothing for a step that provides nothing', () => {
    expect(bindingsFrom(creation, answering(201, { name: 'no id' })).missing).toBe('petId');
    expect(bindingsFrom(STEP, answering(201, { id: 7 }))).toEqual({ bindings: [] });
  });
});

describe('a replay file with provided values', () => {
  const file = (provides: unknown) => ({
    format: REPLAY_FORMAT,
    version: 1,
    finding: {
      fingerprint: 'f',
      operationId: 'op',
      check: 'c',
      severity: 'high',
      groupKey: 'g',
      message: 'm',
    },
    recorded: { target: 'http://127.0.0.1:1', at: 'now', seed: 1, spec: { source: 's' } },
    steps: [{ ...STEP, provides }, STEP],
  });

  it('is read back with them, and refused when one has no parameter name', () => {
    const read = parseReplayFile(JSON.stringify(file([{ param: 'petId', value: '82' }])), 'x');
    expect(read.ok && read.value.steps[0]?.provides).toEqual([{ param: 'petId', value: '82' }]);
    expect(parseReplayFile(JSON.stringify(file([{ value: '82' }])), 'x').ok).toBe(false);
  });
});
