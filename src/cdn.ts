// The single-file CDN build: importing it defines every element and exposes the whole API.
export * from './index.js';
