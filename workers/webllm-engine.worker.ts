import { exposeEngine } from '../src/engine/expose-engine';
import { loadWebLlmRuntime } from '../src/engine/webllm/web-llm-library';
import { WebLlmEngine } from '../src/engine/webllm/webllm-engine';

// web-llm itself is imported dynamically by loadWebLlmRuntime, on the first load.
exposeEngine(new WebLlmEngine({ loadRuntime: loadWebLlmRuntime }));
