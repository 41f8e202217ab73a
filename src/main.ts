import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });

// After one visit the app (and the judge) work offline; models are cached by their engines.
// Built pages only: the dev server (which has hot reload) serves fresh files on every request.
if (!import.meta.hot && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('./sw.js').catch(() => {});
}
