/**
 * The panel's settings: what the district preset by policy (storage.managed) and the coach's own
 * choices where the district left them free. Both are followed live: a policy pushed while the
 * panel is open applies at once, no restart.
 */
import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onSettingsChanged } from '../browser-api';
import {
  loadPolicy,
  loadPreferences,
  savePreferences,
  type DistrictPolicy,
  type Preferences,
} from '../lib/district-policy';

/** The district's policy for components deep in the form (the privacy reminder). */
export const PolicyContext = createContext<DistrictPolicy>({});

export function useSettings() {
  const [policy, setPolicy] = useState<DistrictPolicy | null>(null);
  const [preferences, setPreferences] = useState<Preferences>({});
  useEffect(() => {
    const load = () => {
      void loadPolicy().then(setPolicy);
      void loadPreferences().then(setPreferences);
    };
    load();
    return onSettingsChanged(load);
  }, []);
  return {
    /** null until read, so a preset plan never flashes as editable. */
    policy,
    preferences,
    setLanguage: (language: 'en' | 'fr' | undefined) =>
      savePreferences({ ...preferences, language }),
  };
}
