import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HttpError, NetworkError } from '../../sync/api';
import { DEFAULT_SERVER_URL } from '../../sync/session';
import { appEngine, useSyncStatus } from './engine';

interface Credentials { serverUrl: string; email: string; password: string }

const SERVER_URL_KEY = 'supplier-console.serverUrl';

export function SignInPage() {
  const { t } = useTranslation('sync');
  const navigate = useNavigate();
  const status = useSyncStatus();
  const signIn = useMutation({
    mutationFn: async (c: Credentials) => {
      localStorage.setItem(SERVER_URL_KEY, c.serverUrl);
      return appEngine().signIn({ ...c, deviceName: navigator.userAgent.slice(0, 200) });
    },
    onSuccess: () => navigate('/products'),
  });
  const failure = signIn.error instanceof HttpError ? t(`errors.${signIn.error.code}`, { defaultValue: t('errors.generic', { message: signIn.error.message }) })
    : signIn.error instanceof NetworkError ? t('errors.offline')
      : signIn.error ? t('errors.generic', { message: signIn.error.message }) : null;

  return (
    <Card title={t('signIn.title')} style={{ maxWidth: 440 }} data-testid="sign-in">
      {status.user && !status.sessionExpired && (
        <Typography.Paragraph>
          {t('status.signedInAs', { name: status.user.name })}{' '}
          <Button size="small" data-testid="sign-out" onClick={() => void appEngine().signOut()}>{t('status.signOut')}</Button>
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('signIn.offlineHint')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon data-testid="sign-in-error" message={failure} style={{ marginBottom: 16 }} />}
      <Form<Credentials> layout="vertical" onFinish={(c) => signIn.mutate(c)}
        initialValues={{ serverUrl: localStorage.getItem(SERVER_URL_KEY) ?? DEFAULT_SERVER_URL, email: status.user?.email ?? '' }}>
        <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, message: t('signIn.required') }]}>
          <Input type="email" autoComplete="username" data-testid="sign-in-email" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="sign-in-password" />
        </Form.Item>
        <Form.Item name="serverUrl" label={t('signIn.server')} rules={[{ required: true, pattern: /^https?:\/\/[^\s]+$/, message: t('signIn.badUrl') }]}>
          <Input data-testid="sign-in-server" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={signIn.isPending} data-testid="sign-in-submit">{t('signIn.submit')}</Button>
      </Form>
    </Card>
  );
}
