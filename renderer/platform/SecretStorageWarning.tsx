// Tells the user when the session token cannot be kept safely (Electron's safeStorage on a
// Linux desktop without a keyring falls back to "basic_text").
import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc';
import { desktop } from './index';

export function SecretStorageWarning() {
  const { t } = useTranslation('platform');
  const [storage, setStorage] = useState<AppInfo['secretStorage'] | null>(null);
  useEffect(() => {
    let current = true;
    void desktop().appInfo().then((info) => current && setStorage(info.secretStorage));
    return () => {
      current = false;
    };
  }, []);
  if (storage !== 'basic_text' && storage !== 'unavailable') return null;
  return <Alert type="warning" showIcon banner data-testid="secret-storage-warning" title={t(`secretStorage.${storage}`)} />;
}
