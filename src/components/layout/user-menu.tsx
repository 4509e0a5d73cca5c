import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface LayoutUser {
  displayName: string;
  roleLabel: string;
}

interface UserMenuProps {
  user: LayoutUser;
  onSignOut: () => void;
  signingOut?: boolean;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0] ?? '')
    .filter((char) => char === char.toUpperCase())
    .slice(0, 2)
    .join('');
}

export function UserMenu({ user, onSignOut, signingOut = false }: UserMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          // On small screens only the avatar shows; the label keeps name and role for everyone.
          aria-label={t('shell.userMenu.label', { name: user.displayName, role: user.roleLabel })}
          leftSection={<Avatar size="sm" color="blue" aria-hidden>{initials(user.displayName)}</Avatar>}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          <Text span size="sm" fw={600} visibleFrom="sm">
            {user.displayName}
          </Text>
        </Button>
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
