/**
 * Every function Apps Script must see as a global: menu and triggers, the web app, and the server
 * functions the sidebars call through google.script.run. The build turns each export into a
 * top-level `function` in Code.js.
 */
export { onOpen, onInstall } from './menu';
export { doGet, doPost } from './web-app';
export { refreshDashboard, refreshOnTimer, refreshOnOpen, refreshAfterClips } from './refresh';
export { showSetup, getSetupState, previewSetup, saveSetup } from './setup';
export { showCheckIn, getCheckInState, saveCheckIn } from './check-in';
export { showCoaches } from './coaches';
export { listCoaches, connectCoach, revokeCoachById } from './coach-registry';
export { showSettings, getSettings, saveSettings } from './settings';
export { showPlanHealth, getPlanHealth, goToCell } from './plan-health';
