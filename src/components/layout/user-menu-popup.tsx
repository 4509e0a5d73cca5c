import { Menu, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOpenOnMount } from './lazy-overlay';
import { UserButton, type UserMenuProps } from './user-menu';

/** The account menu, loaded on first use (see user-menu.tsx); it mounts open. */
export default function UserMenuPopup({ user, onSignOut, signingOut = false }: UserMenuProps) {
  const { t } = useTranslation();
  const { opened, setOpened, targetRef } = useOpenOnMount<HTMLButtonElement>();
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UserButton ref={targetRef} user={user} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {user.roleLabel}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut} disabled={signingOut}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
