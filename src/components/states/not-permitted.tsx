import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { StatePanel } from './state-panel';

interface NotPermittedProps {
  /** The signed-in role's translated name, to explain why. */
  roleLabel?: string;
}

/** Shown for a page the role may not use, reached by typing its address or following an old link. */
export function NotPermitted({ roleLabel }: NotPermittedProps) {
  const { t } = useTranslation();
  const title = t('states.notPermitted.title');
  useDocumentTitle(title);
  return (
    <StatePanel
      headingLevel={1}
      color="orange"
      icon={<IconLock />}
      title={title}
      description={
        roleLabel ? t('states.notPermitted.descriptionWithRole', { role: roleLabel }) : t('states.notPermitted.description')
      }
      actions={
        <Button component={Link} to={paths.overview.build()} variant="light">
          {t('states.backToOverview')}
        </Button>
      }
    />
  );
}
