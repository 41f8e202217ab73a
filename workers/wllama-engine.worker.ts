import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import { exposeEngine } from '../src/engine/expose-engine';
import { WllamaEngine } from '../src/engine/wllama/wllama-engine';

// wllama (and its 10 MB of WebAssembly) loads on the first model load, not with the worker.
exposeEngine(new WllamaEngine({ wasmUrl, loadModule: () => import('@wllama/wllama') }));
