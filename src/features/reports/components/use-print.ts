import { useCallback, useEffect } from 'react';

/**
 * Printing always uses the light scheme: a dark page wastes toner and prints grey on grey. The
 * scheme attribute is switched for the print only (also when printing from the browser's menu)
 * and put back afterwards, without touching the stored preference.
 */
export function usePrint() {
  useEffect(() => {
    const root = document.documentElement;
    let previous: string | null = null;
    const before = () => {
      previous = root.getAttribute('data-mantine-color-scheme');
      root.setAttribute('data-mantine-color-scheme', 'light');
    };
    const after = () => {
      if (previous) root.setAttribute('data-mantine-color-scheme', previous);
      previous = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return useCallback(() => window.print(), []);
}
