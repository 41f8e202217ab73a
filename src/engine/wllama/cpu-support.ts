/** What the CPU engine needs from this browser, and the facts behind the answer. */
export interface CpuSupport {
  /** Why the CPU engine cannot run here, in words a user can act on; null when it can. */
  missing: string | null;
  details: string[];
}

/** A minimal module with one 64-bit memory: valid only where WebAssembly Memory64 is supported. */
const MEMORY64_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x03, 0x01, 0x04, 0x00]);

/**
 * wllama's build of llama.cpp needs WebAssembly with 64-bit memory and JavaScript Promise
 * Integration (Chromium 137+); it uses threads only when the page is cross-origin isolated.
 */
export function cpuSupport(): CpuSupport {
  if (typeof WebAssembly === 'undefined') return { missing: 'This browser has no WebAssembly.', details: [] };
  const memory64 = WebAssembly.validate(MEMORY64_MODULE);
  const jspi = 'Suspending' in WebAssembly;
  const isolated = globalThis.crossOriginIsolated === true;
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const details = [
    `WebAssembly 64-bit memory: ${memory64 ? 'yes' : 'no'}`,
    `WebAssembly promise integration (JSPI): ${jspi ? 'yes' : 'no'}`,
    isolated
      ? `Cross-origin isolated: yes, so llama.cpp can use threads (${cores} logical cores)`
      : 'Cross-origin isolated: no, so llama.cpp runs on one thread (the host must send COOP/COEP headers)',
  ];
  const lacking = [memory64 ? null : '64-bit memory', jspi ? null : 'promise integration (JSPI)'].filter((x) => x !== null);
  const missing =
    lacking.length === 0
      ? null
      : `The CPU engine needs WebAssembly ${lacking.join(' and ')}, which this browser lacks. Chrome or Edge 137+ have both; or use a server (Ollama, llama.cpp, vLLM).`;
  return { missing, details };
}
