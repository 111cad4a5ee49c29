/**
 * The first-run welcome (the panel in a tab, ready to connect) for a coach who installed the
 * extension themselves. Installed by policy, it is skipped: shared Chromebooks that wipe profiles
 * reinstall every morning, and the district has already told coaches what it is.
 */
interface FirstRunDeps {
  installedByPolicy(): Promise<boolean>;
  openWelcome(): Promise<void>;
}

export async function welcomeOnFirstInstall(deps: FirstRunDeps): Promise<'welcomed' | 'skipped'> {
  if (await deps.installedByPolicy()) return 'skipped';
  await deps.openWelcome();
  return 'welcomed';
}
