import { Language, Parser, type Tree } from 'web-tree-sitter';
import { SyntaxTree, type TreeVisitor } from './syntax-tree';

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
  parse(source: string): SyntaxTree;
}

/**
 * The tree-cursor entry points of web-tree-sitter's WebAssembly module. Each reads the cursor
 * from the module's transfer buffer and writes it back, so a walk that only calls these keeps
 * the cursor there and needs no marshalling in JavaScript (web-tree-sitter's TreeCursor copies
 * it in and out around every call).
 */
interface CursorBinding {
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}

const CURSOR_FUNCTIONS: (keyof CursorBinding)[] = [
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_is_named_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_delete_wasm',
];

// web-tree-sitter has one runtime per JS realm: initialise it once, whatever assets come later.
// Emscripten fills the options object it is given with the module's exports: that is the binding.
let runtime: Promise<CursorBinding> | null = null;
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
  const binding = await runtime;
  const language = await Language.load(assets.languageWasm);
  return rustParserFor(language, binding);
}

async function initRuntime(wasm: string | Uint8Array): Promise<CursorBinding> {
  // A URL or a path: Emscripten asks where `web-tree-sitter.wasm` is; it is exactly this.
  const options: Record<string, unknown> = typeof wasm === 'string' ? { locateFile: () => wasm } : { wasmBinary: wasm };
  await Parser.init(options);
  const missing = CURSOR_FUNCTIONS.filter((name) => typeof options[name] !== 'function');
  if (missing.length > 0) throw new Error(`this web-tree-sitter build does not export ${missing.join(', ')}`);
  return options as unknown as CursorBinding;
}

function rustParserFor(language: Language, binding: CursorBinding): RustParser {
  const parser = new Parser();
  parser.setLanguage(language);
  // Whether each type id seen so far is a named type (it depends on the type alone).
  const named: boolean[] = [];
  return {
    parse(source: string): SyntaxTree {
      const tree = parser.parse(source);
      // Only null without a language or after a cancelled parse; neither happens here.
      if (!tree) throw new Error('tree-sitter returned no tree');
      try {
        return new SyntaxTree(source, language, (visitor) => walk(binding, tree, named, visitor));
      } finally {
        tree.delete();
      }
    },
  };
}

/** Visits every node of `tree` in pre-order with a cursor that stays in WebAssembly memory. */
function walk(binding: CursorBinding, tree: Tree, named: boolean[], visitor: TreeVisitor): void {
  // Only a tree with errors has MISSING nodes.
  const mayMiss = tree.rootNode.hasError;
  // `walk()` puts a new cursor at the root into the transfer buffer; from here on only raw calls.
  tree.rootNode.walk();
  const address = (tree as unknown as Record<0, number>)[0];
  try {
    for (;;) {
      const typeId = binding._ts_tree_cursor_current_node_type_id_wasm(address);
      visitor.enter(
        typeId,
        binding._ts_tree_cursor_start_index_wasm(address),
        binding._ts_tree_cursor_end_index_wasm(address),
        binding._ts_tree_cursor_current_field_id_wasm(address),
        (named[typeId] ??= binding._ts_tree_cursor_current_node_is_named_wasm(address) === 1),
        mayMiss && binding._ts_tree_cursor_current_node_is_missing_wasm(address) === 1,
      );
      if (binding._ts_tree_cursor_goto_first_child_wasm(address)) continue;
      visitor.leave();
      while (!binding._ts_tree_cursor_goto_next_sibling_wasm(address)) {
        if (!binding._ts_tree_cursor_goto_parent_wasm(address)) return;
        visitor.leave();
      }
    }
  } finally {
    binding._ts_tree_cursor_delete_wasm(address);
  }
}
