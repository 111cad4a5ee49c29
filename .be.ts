import { benchExtension } from './scripts/bench-extension';
for (const r of await benchExtension()) console.log(r.name.padEnd(62), '|', r.value, '|', r.target ?? '');
