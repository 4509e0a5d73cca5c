/**
 * The figures' code (with Recharts) as separate chunks. The route starts loading them with its
 * requests (`preloadConsentFigures`), and the page renders them lazily: both share one import.
 */
export const loadPurposesFigure = () => import('./purposes-figure');
export const loadTrendFigures = () => import('./trend-figures');
export const loadExpirationsFigure = () => import('./expirations-figure');

export function preloadConsentFigures(): void {
  void loadPurposesFigure();
  void loadTrendFigures();
  void loadExpirationsFigure();
}
