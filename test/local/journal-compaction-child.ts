/**
 * Run by crash-recovery.test.ts in a process of its own, then killed with SIGKILL at some point:
 * opens the journal of the workbook given as argument, compacting away the clips whose id starts
 * with "held-" (as a server does for the clips its workbook holds), over and over.
 */
import { ClipJournal } from '../../local/server/clip-journal';

const workbook = process.argv[2];
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const { journal } = await ClipJournal.open(workbook, {
    compactHeld: (id) => id.startsWith('held-'),
  });
  await journal.close();
  if (n === 0) process.stdout.write('compacted\n');
}
