import '../../translations';
import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconPencil, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotFound } from '@/components/states/not-found';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { useRecipient } from '../../api/recipients';
import { isOutsideEea } from '../../lib/terms';
import { CountryName } from '../shared/country-name';

export interface RecipientDetailPageProps {
  recipientId: string;
  /** `recipients_write`: may edit. */
  canWrite: boolean;
  /** `disclosures_read`: may open the disclosure log of an authority. */
  canReadDisclosures: boolean;
}

export function BackToRegister() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.recipients.build()} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('recipientDetail.back')}
      </Group>
    </Anchor>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        {children}
      </SimpleGrid>
    </Paper>
  );
}

function Warnings({ recipient }: { recipient: Schemas['Recipient'] }) {
  const { t } = useTranslation();
  if (recipient.warnings.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('recipientDetail.noWarnings')}>
        {t('recipientDetail.noWarningsBody')}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('recipientDetail.warningsTitle', { count: recipient.warnings.length })}
      // Orange text on the light tint fails WCAG contrast; the title keeps the body colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <List size="sm" spacing={4}>
        {recipient.warnings.map((warning) => (
          <List.Item key={warning}>
            <Text span fw={600} size="sm">
              {t(`recipientTerms.warning.${warning}`)}
            </Text>
            {': '}
            {t(`recipientTerms.warningExplained.${warning}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function RecipientDetailPage({ recipientId, canWrite, canReadDisclosures }: RecipientDetailPageProps) {
  const { t } = useTranslation();
  const { date, number } = useFormatters();
  const query = useRecipient(recipientId);

  if (query.isPending) return <LoadingSkeleton variant="page" label={t('recipientDetail.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFound title={t('recipientDetail.notFound')} />;
    }
    return (
      <>
        <PageHeader title={t('recipientDetail.errorTitle')} above={<BackToRegister />} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const recipient = query.data.data;
  const none = <Text span size="sm" c="dimmed">{t('recipientDetail.none')}</Text>;
  const day = (value: string | null) => (value ? date(value) : none);

  return (
    <>
      <PageHeader
        title={recipient.name}
        above={<BackToRegister />}
        description={`${t(`recipientTerms.category.${recipient.category}`)} · ${t(`recipientTerms.role.${recipient.role}`)} · ${t(`recipientTerms.direction.${recipient.direction}`)}`}
        actions={
          <>
            {recipient.role === 'authority' && canReadDisclosures ? (
              <Button component={Link} to={paths.disclosures.build({ recipientId: recipient.id })} variant="default" leftSection={<IconSend size={16} aria-hidden />}>
                {t('recipientDetail.disclosures')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button component={Link} to={paths.recipients.edit.build(recipient.id)} leftSection={<IconPencil size={16} aria-hidden />}>
                {t('recipientDetail.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Warnings recipient={recipient} />
        <Section id="recipient-what" title={t('recipientDetail.sections.what')}>
          <Fact label={t('recipientForm.fields.dataCategories')}>{recipient.dataCategories.map((category) => t(`recipientTerms.dataCategory.${category}`)).join(', ')}</Fact>
          <Fact label={t('recipientDetail.peopleConcerned')}>
            {recipient.role === 'authority'
              ? t('recipientDetail.peopleDisclosed', { count: recipient.peopleConcerned, formatted: number(recipient.peopleConcerned) })
              : t('recipientDetail.peopleFlowing', { count: recipient.peopleConcerned, formatted: number(recipient.peopleConcerned) })}
          </Fact>
          <Fact label={t('recipientForm.fields.purposes')}>
            {recipient.purposes.length === 1 ? (
              recipient.purposes[0]
            ) : (
              <List size="sm" component="ul">
                {recipient.purposes.map((purpose) => (
                  <List.Item key={purpose}>{purpose}</List.Item>
                ))}
              </List>
            )}
          </Fact>
          <Fact label={t('recipientForm.fields.legalBasis')}>{t(`recipientTerms.legalBasis.${recipient.legalBasis}`)}</Fact>
          <Fact label={t('recipientForm.fields.gatingPurpose')}>{recipient.gatingPurpose ? t(`recipientTerms.purpose.${recipient.gatingPurpose}`) : none}</Fact>
        </Section>
        <Section id="recipient-agreement" title={t('recipientDetail.sections.agreement')}>
          <Fact label={t('recipientForm.fields.agreementStatus')}>
            <Badge
              variant="light"
              color={recipient.agreement.status === 'signed' ? 'teal' : recipient.agreement.status === 'not_required' ? 'gray' : 'orange'}
              tt="none"
              styles={{ label: { color: 'var(--mantine-color-text)' } }}
            >
              {t(`recipientTerms.agreementStatus.${recipient.agreement.status}`)}
            </Badge>
          </Fact>
          <Fact label={t('recipientForm.fields.agreementReference')}>{recipient.agreement.reference ?? none}</Fact>
          <Fact label={t('recipientForm.fields.agreementSignedOn')}>{day(recipient.agreement.signedOn)}</Fact>
          <Fact label={t('recipientForm.fields.agreementExpiresOn')}>{day(recipient.agreement.expiresOn)}</Fact>
        </Section>
        <Section id="recipient-transfer" title={t('recipientDetail.sections.transfer')}>
          <Fact label={t('recipientForm.fields.country')}>
            <CountryName code={recipient.country} /> — {isOutsideEea(recipient.country) ? t('recipientDetail.outsideEea') : t('recipientDetail.insideEea')}
          </Fact>
          <Fact label={t('recipientForm.fields.transferSafeguard')}>{t(`recipientTerms.safeguard.${recipient.transferSafeguard}`)}</Fact>
        </Section>
        <Section id="recipient-review" title={t('recipientDetail.sections.review')}>
          <Fact label={t('recipientForm.fields.owner')}>{recipient.owner}</Fact>
          <Fact label={t('recipientForm.fields.website')}>
            {recipient.website ? (
              <Anchor href={recipient.website} target="_blank" rel="noopener noreferrer" size="sm">
                {recipient.website}
              </Anchor>
            ) : (
              none
            )}
          </Fact>
          <Fact label={t('recipientForm.fields.lastReviewedOn')}>{day(recipient.lastReviewedOn)}</Fact>
          <Fact label={t('recipientForm.fields.nextReviewDue')}>{day(recipient.nextReviewDue)}</Fact>
        </Section>
      </Stack>
    </>
  );
}
