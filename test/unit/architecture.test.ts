import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers of src/ and what each may import (see src/README.md). A layer may always import
 * from itself; packages are listed by name.
 */
const RULES: Record<string, string[]> = {
  core: ['valibot'],
  rpc: ['comlink'],
  engine: ['core', 'rpc', 'comlink', 'valibot', '@mlc-ai/web-llm', '@wllama/wllama'],
  judge: ['core', 'rpc', 'comlink', 'valibot', 'web-tree-sitter'],
  strategies: ['core', 'engine/engine.ts', 'engine/engine-error.ts', 'judge/judge.ts', 'valibot'],
  store: ['core', 'idb', 'valibot'],
  share: ['core', 'valibot'],
  ui: ['core', 'engine', 'judge', 'strategies', 'store', 'share', 'svelte', 'valibot', '@codemirror/state', '@codemirror/view', '@codemirror/language', '@codemirror/lang-rust', '@codemirror/commands'],
};

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** "core", "engine/engine.ts" … for a relative import; the package name otherwise. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  const path = relative(src, resolve(dirname(file), specifier));
  return path.endsWith('.ts') || path.endsWith('.svelte') || path.endsWith('.css') ? path : `${path}.ts`;
}

describe('architecture', () => {
  for (const layer of Object.keys(RULES)) {
    it(`src/${layer} imports only what its README allows`, () => {
      const allowed = [layer, ...RULES[layer]!];
      const violations = filesUnder(join(src, layer)).flatMap((file) =>
        importsOf(file)
          .map((specifier) => target(file, specifier))
          .filter((t) => !allowed.some((a) => t === a || t.startsWith(`${a}/`)))
          .map((t) => `${relative(root, file)} → ${t}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('every folder under src/ has rules', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(RULES).sort());
  });

  it('the rules catch a violation', () => {
    const file = join(src, 'core/example.ts');
    expect(target(file, '../engine/engine')).toBe('engine/engine.ts');
    expect(target(file, '@mlc-ai/web-llm')).toBe('@mlc-ai/web-llm');
    expect(target(file, './run')).toBe('core/run.ts');
  });
});
