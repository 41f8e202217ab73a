import { Language, Parser, type Tree } from 'web-tree-sitter';

/** Where the two WASM files come from: URLs in the browser (Vite `?url` imports), bytes or file paths in Node. */
export interface ParserAssets {
  /** web-tree-sitter's runtime, `web-tree-sitter.wasm`. */
  runtimeWasm: string | Uint8Array;
  /** The Rust grammar, `tree-sitter-rust.wasm`. */
  languageWasm: string | Uint8Array;
}

/** A ready parser for Rust. */
export interface RustParser {
  /** Parses a whole source file. Never fails: syntax errors become ERROR and MISSING nodes. */
  parse(source: string): Tree;
  /** The loaded grammar (lowering parses macro arguments again with it). */
  readonly language: Language;
}

// web-tree-sitter has one runtime per JS realm: initialise it once, whatever assets come later.
let runtime: Promise<void> | null = null;
const loaded = new WeakMap<ParserAssets, Promise<RustParser>>();

/** Loads once per assets object (cached promise) and returns a ready parser for Rust. */
export function loadRustParser(assets: ParserAssets): Promise<RustParser> {
  let parser = loaded.get(assets);
  if (!parser) {
    parser = load(assets);
    loaded.set(assets, parser);
    // A failed load (network, bad bytes) may be retried with the same assets.
    parser.catch(() => loaded.delete(assets));
  }
  return parser;
}

async function load(assets: ParserAssets): Promise<RustParser> {
  runtime ??= initRuntime(assets.runtimeWasm).catch((error: unknown) => {
    runtime = null;
    throw error;
  });
  await runtime;
  const language = await Language.load(assets.languageWasm);
  return rustParserFor(language);
}

function initRuntime(wasm: string | Uint8Array): Promise<void> {
  if (typeof wasm === 'string') {
    // A URL or a path: Emscripten asks where `web-tree-sitter.wasm` is; it is exactly this.
    return Parser.init({ locateFile: () => wasm });
  }
  return Parser.init({ wasmBinary: wasm });
}

const parsers = new WeakMap<Language, RustParser>();

/** A parser for an already loaded language (the runtime is initialised, since the language loaded). */
export function rustParserFor(language: Language): RustParser {
  let rust = parsers.get(language);
  if (!rust) {
    const parser = new Parser();
    parser.setLanguage(language);
    rust = {
      language,
      parse(source: string): Tree {
        const tree = parser.parse(source);
        // Only null without a language or after a cancelled parse; neither happens here.
        if (!tree) throw new Error('tree-sitter returned no tree');
        return tree;
      },
    };
    parsers.set(language, rust);
  }
  return rust;
}
