import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · Engcode Privacy Console", so tabs and history read well. */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const { t } = useTranslation();
  const product = t('shell.productName');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${product}` : product;
  }, [pageTitle, product]);
}
