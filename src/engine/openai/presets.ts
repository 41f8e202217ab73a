/** A server this engine is known to work with, as a starting point for the connection form. */
export interface ServerPreset {
  id: 'ollama' | 'llama-server' | 'vllm';
  label: string;
  /** The OpenAI-compatible address on the same machine, with its default port. */
  baseUrl: string;
  /** Model names to suggest (the server's own naming); the server's /models list has the final word. */
  exampleModels: string[];
  /** How to start it so that a page on `origin` may call it (CORS), as one shell line. */
  startCommand: (origin: string) => string;
}

/** Ollama, llama.cpp's llama-server and vLLM on their default ports. */
export const SERVER_PRESETS: readonly ServerPreset[] = [
  {
    id: 'ollama',
    label: 'Ollama',
    baseUrl: 'http://localhost:11434/v1',
    exampleModels: ['tinyllama', 'phi3', 'deepseek-coder:6.7b', 'codellama:7b'],
    startCommand: (origin) => `OLLAMA_ORIGINS=${origin} ollama serve`,
  },
  {
    id: 'llama-server',
    label: 'llama.cpp llama-server',
    baseUrl: 'http://localhost:8080/v1',
    // llama-server serves the one model it was started with, whatever name a request gives.
    exampleModels: [],
    // It allows every origin unless started with --cors-origins (builds from mid-2026 on).
    startCommand: () => 'llama-server -m model.gguf --port 8080',
  },
  {
    id: 'vllm',
    label: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
    exampleModels: ['deepseek-ai/deepseek-coder-6.7b-instruct', 'codellama/CodeLlama-7b-Instruct-hf'],
    startCommand: (origin) => `vllm serve deepseek-ai/deepseek-coder-6.7b-instruct --allowed-origins '["${origin}"]'`,
  },
];
