import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath, packageRoot } from '../../src/core/package-root.ts';
import { PINNED_SPEC } from '../../src/run/pinned-spec.ts';

describe('packageRoot', () => {
  it("is the folder of this tool's package.json, whatever the working directory", () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      name?: string;
    };
    expect(manifest.name).toBe('openapi-contract-suite');
  });

  it('names the files the tool ships: the pinned document exists', () => {
    expect(PINNED_SPEC).toBe(packagePath('fixtures', 'create-service-account-api-key.openapi.yaml'));
    expect(existsSync(PINNED_SPEC)).toBe(true);
  });
});
