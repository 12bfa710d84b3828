import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const entry = (path: string) => resolve(root, path);

/** Entry points of the npm package: everything, the pure core, and one per element. */
const libraryEntries = {
  index: entry('src/index.ts'),
  core: entry('src/core/index.ts'),
  'components/provider': entry('src/components/provider/provider.ts'),
  'components/sla-countdown': entry('src/components/sla-countdown/sla-countdown.ts'),
  'components/empathy-panel': entry('src/components/empathy-panel/empathy-panel.ts'),
  'components/reply-coach': entry('src/components/reply-coach/reply-coach.ts'),
  'components/complaint-form': entry('src/components/complaint-form/complaint-form.ts'),
  'components/escalation-dialog': entry('src/components/escalation-dialog/escalation-dialog.ts'),
};

const external = [/^lit($|\/)/, /^@lit\/context($|\/)/, /^zod($|\/)/];

export default defineConfig(({ command, mode }) => {
  // Source runs (dev server, demo, Storybook) keep dev-mode warnings; builds strip them.
  const define = { __RAPPORT_DEV__: JSON.stringify(command === 'serve') };

  if (mode === 'cdn') {
    return {
      define,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: entry('src/cdn.ts'), formats: ['es'], fileName: () => 'rapport.js' },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }

  if (command === 'build') {
    return {
      define,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: libraryEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }

  return { define, server: { host: '127.0.0.1' } };
});
