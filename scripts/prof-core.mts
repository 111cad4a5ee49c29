import { refreshPlan } from '../shared/refresh-plan';
import { largeTables } from '../test/apps-script/fixtures/large-world';
import { MemoryWorkbook } from '../test/apps-script/fixtures/memory-workbook';
const port = new MemoryWorkbook(largeTables({ keyResults: 40, schools: 200, evidence: 1000 }));
const t0 = performance.now(); refreshPlan(port, '2026-01-15', 'en'); console.log(performance.now() - t0);
for (let i = 0; i < 5; i++) { const p2 = new MemoryWorkbook(largeTables({ keyResults: 40, schools: 200, evidence: 1000 })); const t = performance.now(); refreshPlan(p2, '2026-01-15', 'en'); console.log('run', performance.now() - t); }
