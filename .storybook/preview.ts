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
      // A story may pin its own language or theme (e.g. "every state in every language").
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.locale as string);
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
      document.documentElement.lang = lang;
      document.documentElement.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      return html`${story()}`;
    },
  ],
  parameters: {
    controls: { expanded: true, matchers: { date: /(At|Date)$/ } },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
