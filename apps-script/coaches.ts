/** Menu: Connect a coach — opens the sidebar that creates connection codes and lists coaches. */
import { showSidebar } from './sidebar';

export function showCoaches(): void {
  showSidebar('coaches-sidebar', 'addon.coaches.title');
}
