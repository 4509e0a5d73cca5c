import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/i18n';
import { createAppTheme, cssVariablesResolver } from '@/theme';

// Notifications follow actions taken on later pages; their renderer (with its transitions) need
// not hold up the first one. A notification shown before it loads waits in the store.
const Notifications = lazy(() => import('@mantine/notifications').then((module) => ({ default: module.Notifications })));

/** Where the light/dark/auto choice is remembered. */
export const COLOR_SCHEME_STORAGE_KEY = 'engcode.color-scheme';

const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

interface AppProviderProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
  /** The page's CSP nonce, for the <style> elements Mantine injects (see src/lib/csp-nonce.ts). */
  styleNonce?: string | undefined;
}

function ThemedProviders({ children, env = 'default', styleNonce }: Omit<AppProviderProps, 'queryClient'>) {
  const { t } = useTranslation();
  // `t` changes with the language, so icon-only controls get names in the new language.
  const theme = useMemo(() => createAppTheme({ close: t('shell.close') }), [t]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      env={env}
      {...(styleNonce ? { getStyleNonce: () => styleNonce } : {})}
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" limit={4} />
      </Suspense>
      {children}
    </MantineProvider>
  );
}

/** Everything the console needs around its router: translations, theme, notifications, data. */
export function AppProvider({ queryClient, children, env = 'default', styleNonce }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ThemedProviders env={env} styleNonce={styleNonce}>
          {children}
        </ThemedProviders>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
