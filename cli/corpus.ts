import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CorpusProgram {
  /** Path relative to the corpus root, e.g. `is-prime/03-off-by-one-range.rs`. */
  name: string;
  source: string;
  intent: string;
}

/** Every `.rs` program under a corpus folder, sorted by path. */
export function loadCorpus(root: string): CorpusProgram[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.rs')) files.push(path);
    }
  };
  walk(root);
  return files.map((path) => {
    const source = readFileSync(path, 'utf8');
    return { name: relative(root, path), source, intent: /\/\/ intent: (.*)/.exec(source)?.[1] ?? '' };
  });
}
