// Builds the app and serves the build with `vite preview` on a free local port.
import { build, preview } from 'vite';

/**
 * @param {{ outDir: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBuiltApp({ outDir }) {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
