import { defineConfig } from 'wxt';

export default defineConfig({
  // ROLE_LENS_OUT_DIR lets the benchmark and size analysis build beside the tests' build.
  outDir: process.env.ROLE_LENS_OUT_DIR ?? '.output',
  vite: () => ({ build: { sourcemap: process.env.ROLE_LENS_SOURCEMAP === '1' } }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Role Lens',
    description: 'Highlights Program Manager and Account Manager job titles on job boards and explains each role on hover.',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Role Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'role-lens@role-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions reached Firefox for Android in 142; without its own
            // minimum, Android inherits 140 and `web-ext lint` warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The Firefox sources zip is what AMO reviewers rebuild from (`npm ci && npm run build:firefox`):
    // code, data, configs and lockfile. WXT already leaves out node_modules, dotfiles (.output,
    // .wxt, .git) and *.test.ts; the rest is test data, generated output and the store's images.
    excludeSources: [
      'tests/**',
      'bench/**',
      'demo/**',
      'demo-output/**',
      'docs/store/screenshots/**',
      'scripts/demo.mjs',
      'stats.html',
      'bench-results.json',
      '**/*.log',
    ],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The background injects the card code into the supported boards' pages, which needs host
      // permissions for them (content-script matches alone do not grant it). The boards are the
      // content script's matches, read from the adapters: one list, no copy to keep in step.
      const matches = [...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [])];
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...matches])];
    },
  },
});
