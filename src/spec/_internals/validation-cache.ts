import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../../core/package-root.ts';
import { ok, type Result } from '../../core/result.ts';
import type { SpecFinding } from '../types.ts';

/** Documents kept; a process rarely loads more than a few distinct ones. */
const MAX_ENTRIES = 16;
const validated = new Map<string, Result<SpecFinding[]>>();

/** Verdicts on disk, by document text and validator version: a run, a plan, a test load the same text again. */
const DISK = `${packagePath('node_modules', '.cache', 'openapi-contract-suite', 'validation')}/`;
const FORMAT = 'v1';

function validatorVersion(): string {
  try {
    const required = createRequire(import.meta.url)('@readme/openapi-parser/package.json') as {
      version?: string;
    };
    return required.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function diskPath(key: string): string {
  const digest = createHash('sha256').update(`${FORMAT}\n${validatorVersion()}\n${key}`).digest('hex');
  return `${DISK}${digest}.json`;
}

function readDisk(key: string): Result<SpecFinding[]> | undefined {
  try {
    const findings = JSON.parse(readFileSync(diskPath(key), 'utf8')) as unknown;
    return Array.isArray(findings) ? ok(findings as SpecFinding[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written (read-only install) only costs time. */
function writeDisk(key: string, findings: SpecFinding[]): void {
  try {
    mkdirSync(DISK, { recursive: true });
    writeFileSync(diskPath(key), JSON.stringify(findings));
  } catch {
    // The verdict is still in memory.
  }
}

/**
 * The structural validation of a document already validated, by the sha256 of its text (and the validator's
 * version, on disk): the same text gives the same verdict, so loading it again (every command, every test)
 * skips the validator, which is most of start-up. Only self-contained documents are cached (a bundled one
 * depends on other files too).
 */
export async function validateOnce(
  key: string,
  validate: () => Promise<Result<SpecFinding[]>>,
): Promise<Result<SpecFinding[]>> {
  const known = validated.get(key) ?? readDisk(key);
  const result = known ?? (await validate());
  if (known === undefined && result.ok) writeDisk(key, result.value);
  if (validated.size >= MAX_ENTRIES) validated.delete(validated.keys().next().value ?? '');
  validated.set(key, result);
  return result;
}
