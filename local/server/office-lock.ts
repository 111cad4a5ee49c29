/**
 * Whether an office suite has the workbook open. LibreOffice leaves `.~lock.NAME#` beside the file
 * and Excel leaves `~$NAME` (with the name's first one or two characters dropped, by its length), for as
 * long as the file is open. Saving while one of them holds it would be overwritten by the
 * coordinator's next save, so local mode waits, keeping clips in its journal meanwhile.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The lock-file names an office suite may create for this workbook. */
export function officeLockNames(workbookPath: string): string[] {
  const name = path.basename(workbookPath);
  return [...new Set([`.~lock.${name}#`, `~$${name}`, `~$${name.slice(1)}`, `~$${name.slice(2)}`])];
}

/** True while LibreOffice, OpenOffice or Excel has the workbook open. */
export async function heldByOfficeSuite(workbookPath: string): Promise<boolean> {
  const dir = path.dirname(workbookPath);
  const found = await Promise.all(
    officeLockNames(workbookPath).map((name) =>
      fs.stat(path.join(dir, name)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.some(Boolean);
}
