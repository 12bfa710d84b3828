// Runs before `npm test`: finds Chromium, installs Debian's package when it can, or says what to install.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('apt-get');
  if (canApt) {
    console.log('Chromium not found: installing Debian\'s chromium package (about 35 s)…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!findChromium()) {
    console.error(
      [
        'Rapport\'s tests run in a real headless Chromium, and none was found.',
        'Install one of these, then run `npm test` again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  macOS:          brew install --cask chromium   (or Google Chrome)',
        'Or point CHROME_PATH at any Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
