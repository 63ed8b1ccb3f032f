/**
 * Whether lessons open side by side (中英对照): read by app.html's script before first paint,
 * which then opens the lesson's side-by-side page. Not in prefs.ts, which every page loads: only
 * the lesson pages write it.
 */
export function saveSideBySide(on: boolean): void {
	try {
		if (on) localStorage.setItem('k8s-course.side-by-side', '1');
		else localStorage.removeItem('k8s-course.side-by-side');
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
}
