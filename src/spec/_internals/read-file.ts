import { readFile, stat } from 'node:fs/promises';
import { err, ok, type Result } from '../../core/result.ts';
import { MAX_SPEC_BYTES } from './limits.ts';

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export async function readSpecFile(path: string): Promise<Result<string>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('OAC_ERR_SPEC_READ', `cannot read spec ${path}: not a file`);
    if (info.size > MAX_SPEC_BYTES) {
      return err(
        'OAC_ERR_SPEC_READ',
        `cannot read spec ${path}: ${info.size} bytes, more than ${MAX_SPEC_BYTES}`,
      );
    }
    return ok(await readFile(path, 'utf8'));
  } catch (error) {
    return err('OAC_ERR_SPEC_READ', `cannot read spec ${path} (${reason(error)})`);
  }
}
