import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchLocalScale } from './bench-local-scale';
const dir = await mkdtemp(path.join(tmpdir(), 'tl-scale-'));
const sizes = (process.argv[2] ?? '500,20000,50000').split(',').map(Number);
for (const f of await benchLocalScale(dir, sizes)) console.log(`${f.name}: ${f.value}  [${f.target ?? ''}]`);
