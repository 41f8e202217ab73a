import { expose } from 'comlink';
import runtimeWasm from 'web-tree-sitter/web-tree-sitter.wasm?url';
import rustWasm from 'tree-sitter-rust/tree-sitter-rust.wasm?url';
import { createLocalJudge } from '../src/judge/local-judge';
import { loadRustParser, type ParserAssets } from '../src/judge/syntax/tree-sitter';
import type { JudgeWorkerApi } from '../src/judge/worker-api';
import { installTransferHandlers } from '../src/rpc/transfer-handlers';

const assets: ParserAssets = { runtimeWasm, languageWasm: rustWasm };

const local = createLocalJudge(() => loadRustParser(assets));

const api: JudgeWorkerApi = {
  async warmUp() {
    await loadRustParser(assets);
  },
  judge: (input) => local.judge(input),
};

installTransferHandlers();
expose(api);
