/**
 * How deep a row sits in an outline plan (Goal → Strategy → Action step), from its label and its
 * indentation: "Goal 1:", "But 2 :", "O3", "A." are level 1; "Strategy 1.2", "1.2", "a)" level 2;
 * "Action", "1.2.a", "•" level 3; each two leading spaces one level deeper. Objectives are the
 * shallowest rows of a plan; deeper rows without a measure are its action steps, never objectives.
 */
import { foldText } from './normalize-text';

const LEVEL_3 =
  /^(?:[•·▪◦‣\-–—*]\s|(?:actions?|steps?|etapes?|activit(?:y|ies|es?)|tasks?|taches?|tactics?|tactiques?|moyens?)\b|\d+\.\d+\.\w+)/;
const LEVEL_2 =
  /^(?:(?:strateg(?:y|ies|ie)|initiatives?|sub ?goals?|sous objectifs?|kr|rc|key results?|resultats? cles?)\b|\d+\.\d+\b|[a-z][.)]\s)/;

/** 1 for an objective-like row, 2 for a strategy, 3 for an action step; indentation adds levels. */
export function outlineLevel(raw: string): number {
  const indent = Math.floor((/^[\s\u00a0]*/.exec(raw)?.[0].length ?? 0) / 2);
  const text = foldText(raw.trim());
  const label = LEVEL_3.test(text) ? 3 : LEVEL_2.test(text) ? 2 : 1;
  return label + indent;
}
