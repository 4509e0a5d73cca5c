import { Button, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconClockExclamation,
  IconLock,
  IconPlugConnectedX,
  IconRefresh,
  IconSearch,
  IconServerOff,
  IconWifiOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { errorKindOf, type ErrorKind } from './error-kind';
import { StatePanel } from './state-panel';

const ICONS: Record<ErrorKind, ReactNode> = {
  offline: <IconWifiOff />,
  network: <IconPlugConnectedX />,
  timeout: <IconClockExclamation />,
  unauthorized: <IconLock />,
  forbidden: <IconLock />,
  notFound: <IconSearch />,
  conflict: <IconAlertTriangle />,
  invalid: <IconAlertTriangle />,
  rateLimited: <IconClockExclamation />,
  server: <IconServerOff />,
  chunk: <IconRefresh />,
  unknown: <IconAlertTriangle />,
};

// Asking again can help only when the failure may pass; a refusal or a missing item stays so.
const RETRYABLE = new Set<ErrorKind>(['offline', 'network', 'timeout', 'rateLimited', 'server', 'unknown']);

// Kinds where the server's own words add something the translated message cannot know.
const SHOW_SERVER_DETAIL = new Set<ErrorKind>(['conflict', 'invalid', 'unknown']);

export interface ErrorStateProps {
  error: unknown;
  /** Ask again (usually a query's `refetch`); offered only for failures that may pass. */
  onRetry?: () => void;
  /** What failed, e.g. "The overview figures could not be loaded"; defaults to the kind's title. */
  title?: string;
  headingLevel?: 1 | 2 | 3;
}

/**
 * A failure explained: what happened (offline, timeout, not permitted, missing, server fault),
 * what the person can do, and a Retry button. Announced to screen readers when it appears.
 */
export function ErrorState({ error, onRetry, title, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useTranslation();
  const kind = errorKindOf(error);
  const retryAfter = isApiError(error) ? error.retryAfterSeconds : null;
  const detail = isApiError(error) && SHOW_SERVER_DETAIL.has(kind) ? error.problem.detail : undefined;
  const retry =
    kind === 'chunk' ? (
      <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </Button>
    ) : onRetry && RETRYABLE.has(kind) ? (
      <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRetry}>
        {t('errors.retry')}
      </Button>
    ) : null;

  return (
    <StatePanel
      role="alert"
      color={kind === 'server' || kind === 'unknown' ? 'red' : 'orange'}
      icon={ICONS[kind]}
      headingLevel={headingLevel}
      title={title ?? t(`errors.${kind}.title`)}
      description={t(`errors.${kind}.message`, { count: retryAfter ?? 0 })}
      actions={retry}
    >
      {detail ? (
        <Text size="sm" c="dimmed" ta="center" maw={560}>
          {t('errors.serverDetail', { detail })}
        </Text>
      ) : null}
    </StatePanel>
  );
}
