import preact from '@preact/preset-vite';

/** Firefox's id of the add-on: policies.json and the AMO listing name it. */
export const GECKO_ID = 'green-office-pledge@cam-ket-van-phong-xanh';

import { defineConfig } from 'wxt';

// Permissions are the whole list on purpose: no host permissions, no network.
export default defineConfig({
  imports: false,
  vite: ({ browser }) => ({
    plugins: [preact()],
    resolve: {
      alias: [
        // Dexie's ES2018 build is ~1.3 kB smaller gzipped than the ES5 one its wrapper loads;
        // every import resolves here, so there is still only one Dexie (see dexie/import-wrapper.mjs).
        { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.min.mjs' },
        // webextension-polyfill for Firefox only (what the @wxt-dev/webextension-polyfill module
        // does, for one browser): Chromium's MV3 `chrome.*` already returns promises, and the
        // polyfill is 3 kB gzip of every page. Unit tests get WXT's fake browser.
        ...(browser === 'firefox'
          ? [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' }]
          : []),
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    // Settings an organisation pushes by policy (docs/deploying.md). Firefox reads them from
    // policies.json without a schema, and its linter does not know this key.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // Asked for at the first "copy the picture" only; never required. The browser
    // test that copies runs a copy of this build whose manifest declares it (headless Chromium
    // cannot answer the permission prompt).
    optional_permissions: ['clipboardWrite'],
    // Chrome warns on keys it does not know, so the Firefox-only block goes to Firefox only.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // The product's id, not an office's (the first customer's domain was used until 2026).
          id: GECKO_ID,
          strict_min_version: '142.0',
          // Firefox asks every new add-on to declare what it collects: nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: {
    excludeSources: ['.ci/**', 'tests/**', '.output/**', 'coverage/**'],
  },
  hooks: {
    'server:started': (wxt) => {
      if (wxt.config.runnerConfig.config.disabled) {
        wxt.logger.info(
          `No browser or display to open here. Load the folder ${wxt.config.outDir} as an unpacked extension (chrome://extensions → Developer mode → Load unpacked); it rebuilds as you edit.`,
        );
      }
    },
  },
});
