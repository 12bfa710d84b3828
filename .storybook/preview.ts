import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    theme: {
      description: 'Light or dark colours',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', theme: 'light' },
  decorators: [
    (story, context) => {
      // A story may pin its own language or theme (e.g. "every state in dark"). Both are
      // scoped to a wrapper so each story on a docs page keeps its own.
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.locale as string);
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
      const dark = theme === 'dark';
      if (context.viewMode === 'story') {
        document.documentElement.lang = lang;
        document.body.style.background = dark ? '#0d1117' : '#ffffff';
      }
      return html`<div
        class="rp-story"
        lang=${lang}
        style=${`color-scheme: ${theme}; background: ${dark ? '#0d1117' : '#ffffff'}; color: ${dark ? '#e6edf3' : '#1f2328'}; padding: 1rem;`}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, matchers: { date: /(At|Date)$/ } },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
