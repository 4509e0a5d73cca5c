import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { StatePanel } from './state-panel';

interface NotFoundProps {
  /** What was not found, when it is a record rather than an address ("This request does not exist"). */
  title?: string;
  description?: string;
}

/** An address or a record that does not exist, with a way back. */
export function NotFound({ title, description }: NotFoundProps) {
  const { t } = useTranslation();
  const heading = title ?? t('states.notFound.title');
  useDocumentTitle(heading);
  return (
    <StatePanel
      headingLevel={1}
      color="gray"
      icon={<IconMapQuestion />}
      title={heading}
      description={description ?? t('states.notFound.description')}
      actions={
        <Button component={Link} to={paths.overview.build()} variant="light">
          {t('states.backToOverview')}
        </Button>
      }
    />
  );
}
