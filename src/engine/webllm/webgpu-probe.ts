import type { GpuDescription } from './webgpu-capability';

/**
 * Reads this browser's WebGPU adapter into a plain description, the way web-llm will look for it
 * (high-performance adapter). Works on the main thread and in workers; never creates a device,
 * so it is cheap and leaves the GPU alone.
 */
export async function probeWebGpu(nav: Pick<Navigator, 'gpu'> | undefined = globalThis.navigator): Promise<GpuDescription> {
  // Typed as always present, but missing in browsers without WebGPU and in insecure contexts.
  const gpu = nav?.gpu as GPU | undefined;
  if (!gpu) return { kind: 'no-api' };
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { kind: 'no-adapter', error: error instanceof Error ? error.message : String(error) };
  }
  if (!adapter) return { kind: 'no-adapter', error: null };
  const { info, limits } = adapter;
  // `isFallbackAdapter` moved from the adapter to its info; older browsers have only the former.
  const legacyFallback = (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter;
  return {
    kind: 'adapter',
    adapter: {
      vendor: info?.vendor ?? '',
      architecture: info?.architecture ?? '',
      description: info?.description ?? '',
      isFallbackAdapter: info?.isFallbackAdapter ?? legacyFallback ?? false,
      features: [...adapter.features].sort(),
      limits: {
        maxBufferSize: limits.maxBufferSize,
        maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
        maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
        maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
      },
    },
  };
}
