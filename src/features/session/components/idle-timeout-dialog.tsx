import { Button, Group, Modal, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shouldAnnounce, WARNING_SECONDS } from '../lib/idle';
import { useFocusReturnOnUnmount } from '@/hooks/use-focus-return-on-unmount';

interface IdleTimeoutDialogProps {
  opened: boolean;
  secondsLeft: number;
  onStay: () => void;
  onSignOut: () => void;
  staying?: boolean;
}

/**
 * The "you will be signed out" warning (WCAG 2.2.1 Timing Adjustable: warned, and one action
 * extends). Escape counts as "stay". The visible countdown updates every second; screen readers
 * hear it at 60, 30 and 10 seconds only.
 */
export function IdleTimeoutDialog({ opened, secondsLeft, onStay, onSignOut, staying = false }: IdleTimeoutDialogProps) {
  const { t } = useTranslation();
  // Mounted only while the warning shows: staying signed in puts focus back where it was.
  useFocusReturnOnUnmount();
  return (
    <Modal
      opened={opened}
      onClose={onStay}
      title={t('session.idle.title')}
      closeOnClickOutside={false}
      withCloseButton={false}
      centered
      size="md"
    >
      <Stack gap="md">
        <Text role="timer" aria-live="off">
          {t('session.idle.countdown', { count: secondsLeft })}
        </Text>
        <Progress value={(secondsLeft / WARNING_SECONDS) * 100} aria-hidden size="sm" />
        <Text size="sm" c="dimmed">
          {t('session.idle.explanation')}
        </Text>
        <VisuallyHidden aria-live="assertive" aria-atomic>
          {shouldAnnounce(secondsLeft) ? t('session.idle.countdown', { count: secondsLeft }) : ''}
        </VisuallyHidden>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onSignOut}>
            {t('session.idle.signOut')}
          </Button>
          <Button onClick={onStay} loading={staying} data-autofocus>
            {t('session.idle.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
