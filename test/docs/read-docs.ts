import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (test/docs/ is two levels below it). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface DocFile {
  /** Path from the repository root, e.g. `docs/checks.md`. */
  path: string;
  text: string;
}

export function readDoc(path: string): DocFile {
  return { path, text: readFileSync(join(ROOT, path), 'utf8') };
}

/** README.md and every Markdown file of docs/: the user's documentation, read as one. */
export function userDocs(): DocFile[] {
  const pages = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readDoc(`docs/${name}`));
  return [readDoc('README.md'), ...pages];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings (outside fenced code). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (!fenced && heading) anchors.add(anchorOf(heading[1] ?? ''));
  }
  return anchors;
}

export interface BrokenLink {
  from: string;
  link: string;
  why: string;
}

/** Relative Markdown links of a file whose target file or heading does not exist. */
export function brokenLinks(doc: DocFile): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const match of doc.text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = match[1] ?? '';
    if (/^[a-z]+:/i.test(link)) continue;
    const [file = '', anchor] = link.split('#');
    const target = file === '' ? doc.path : relative(ROOT, join(ROOT, dirname(doc.path), file));
    if (!existsSync(join(ROOT, target))) {
      broken.push({ from: doc.path, link, why: `${target} does not exist` });
      continue;
    }
    if (anchor !== undefined && !anchorsOf(readDoc(target).text).has(anchor))
      broken.push({ from: doc.path, link, why: `${target} has no heading #${anchor}` });
  }
  return broken;
}
