import { generatePlan } from './index';
const g = generatePlan(Number(process.argv[2]));
for (const s of g.sheets) { console.log('##', s.name); console.log(s.values.map((r, i) => r.map((v, j) => (v instanceof Date ? v.toISOString().slice(0,10) : v) + (s.formats?.[i]?.[j] ? `{${s.formats[i][j]}}` : '')).join(' | ')).join('\n')); }
