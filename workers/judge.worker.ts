import { expose } from 'comlink';
import runtimeWasm from 'web-tree-sitter/web-tree-sitter.wasm?url';
import rustWasm from 'tree-sitter-rust/tree-sitter-rust.wasm?url';
import { programFor } from '../src/judge/program-for';
import { DEFAULT_LIMITS, judgeProgram } from '../src/judge/rust-judge';
import { loadRustParser, type ParserAssets } from '../src/judge/syntax/tree-sitter';
import type { JudgeWorkerApi } from '../src/judge/worker-api';
import { installTransferHandlers } from '../src/rpc/transfer-handlers';

const assets: ParserAssets = { runtimeWasm, languageWasm: rustWasm };

const api: JudgeWorkerApi = {
  async warmUp() {
    await loadRustParser(assets);
  },
  async judge(input) {
    const program = programFor(input);
    if (program === null) return { kind: 'no_code', judge: 'interpreter', ms: 0, stdout: '' };
    const parser = await loadRustParser(assets);
    return judgeProgram(parser, program, DEFAULT_LIMITS);
  },
};

installTransferHandlers();
expose(api);
