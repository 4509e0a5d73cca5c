import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconShieldLock, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/api-error';
import { errorKindOf } from '@/components/states/error-kind';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { config } from '@/config/env';
import { safeReturnTo, SIGN_IN_REASONS, type SignInReason } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { useSignIn, type SignInInput } from '../api/sign-in';
import { forgetSessionData } from '../api/sign-out';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../lib/demo-accounts';
import classes from './sign-in-page.module.css';

/** SignInRequest in the contract: the username is trimmed and one line; the password is sent exactly as typed. */
const USERNAME_RULE: TextRule = { max: 100, required: true };
const PASSWORD_RULE: TextRule = { max: 200, required: true, raw: true };

function readReason(value: string | null): SignInReason | null {
  return SIGN_IN_REASONS.find((reason) => reason === value) ?? null;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const reason = readReason(searchParams.get('reason'));
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  // Whoever arrives here (signed out, session ended, idle), nothing of a previous session stays.
  useEffect(() => {
    void forgetSessionData(queryClient);
  }, [queryClient]);
  const [formError, setFormError] = useState<string | null>(null);
  useDocumentTitle(t('session.signIn.title'));
  const textError = useTextError();

  const form = useForm<SignInInput>({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => textError(value, USERNAME_RULE, { required: t('session.signIn.usernameRequired') }),
      password: (value) => textError(value, PASSWORD_RULE, { required: t('session.signIn.passwordRequired') }),
    },
  });

  const submit = (input: SignInInput) => {
    setFormError(null);
    signIn.mutate(
      { username: input.username.trim(), password: input.password },
      {
        onSuccess: () => void navigate(returnTo, { replace: true }),
        onError: (error) => {
          if (isApiError(error) && error.status === 401) {
            setFormError(t('session.signIn.wrongCredentials'));
            return;
          }
          if (isApiError(error) && (error.status === 400 || error.status === 422)) form.setErrors(error.fieldErrorMap());
          setFormError(t(`errors.${errorKindOf(error)}.message`, { count: isApiError(error) ? (error.retryAfterSeconds ?? 0) : 0 }));
        },
      },
    );
  };

  return (
    <Box className={classes.page}>
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size="md" radius="md" aria-hidden>
              <IconShieldLock size={18} />
            </ThemeIcon>
            <Text fw={700}>{t('shell.productName')}</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <ThemeToggle />
          </Group>
        </Group>
      </Box>

      <Container component="main" size="md" py="xl" id="main-content">
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {t('session.signIn.title')}
            </Title>
            <Text c="dimmed">{t('session.signIn.intro')}</Text>
          </Stack>

          {reason ? (
            <Alert
              variant="light"
              color={reason === 'signed_out' ? 'blue' : 'orange'}
              icon={<IconInfoCircle aria-hidden />}
              title={t(`session.reasons.${reason}.title`)}
              role="status"
            >
              {t(`session.reasons.${reason}.message`)}
            </Alert>
          ) : null}

          {formError ? (
            <Alert variant="light" color="red" role="alert" title={t('session.signIn.failed')}>
              {formError}
            </Alert>
          ) : null}

          {config.useMocks ? (
            <Box component="section" aria-labelledby="demo-accounts-heading">
              <Title order={2} size="h4" id="demo-accounts-heading" mb={4}>
                {t('session.demo.title')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('session.demo.intro')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                {DEMO_ACCOUNTS.map((account) => (
                  <Paper key={account.username} withBorder p="md" radius="md">
                    <Stack gap="xs" h="100%" justify="space-between">
                      <Stack gap={4}>
                        <Group gap="xs" wrap="nowrap">
                          <IconUserCircle size={22} aria-hidden />
                          <Text fw={700}>{account.displayName}</Text>
                        </Group>
                        <Text size="sm" fw={600} c="blue">
                          {t(`session.roles.${account.role}`)}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {t(`session.roleDescriptions.${account.role}`)}
                        </Text>
                      </Stack>
                      <Button
                        variant="light"
                        fullWidth
                        loading={signIn.isPending && signIn.variables?.username === account.username}
                        disabled={signIn.isPending}
                        onClick={() => submit({ username: account.username, password: DEMO_PASSWORD })}
                      >
                        {t('session.demo.signInAs', { name: account.displayName })}
                      </Button>
                    </Stack>
                  </Paper>
                ))}
              </SimpleGrid>
            </Box>
          ) : null}

          <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="password-sign-in-heading" maw={440}>
            <Title order={2} size="h4" id="password-sign-in-heading" mb="sm">
              {t('session.signIn.formTitle')}
            </Title>
            <form onSubmit={form.onSubmit(submit)} noValidate>
              <Stack gap="sm">
                <TextInput
                  label={t('session.signIn.username')}
                  autoComplete="username"
                  required
                  key={form.key('username')}
                  {...form.getInputProps('username')}
                />
                <PasswordInput
                  label={t('session.signIn.password')}
                  autoComplete="current-password"
                  required
                  key={form.key('password')}
                  {...form.getInputProps('password')}
                  // Mantine's PasswordInput links its error (aria-describedby) but does not mark the field invalid.
                  aria-invalid={form.errors.password ? true : undefined}
                  visibilityToggleButtonProps={{
                    'aria-label': t('session.signIn.togglePassword'),
                  }}
                />
                <Button type="submit" loading={signIn.isPending && !DEMO_ACCOUNTS.some((a) => a.username === signIn.variables?.username)}>
                  {t('session.signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>

          <Text size="xs" c="dimmed">
            {t('session.signIn.privacyNote')}{' '}
            <Anchor href="mailto:info@engcode.be" size="xs" underline="always">
              info@engcode.be
            </Anchor>
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
