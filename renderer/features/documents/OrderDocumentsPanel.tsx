// On the order: the consistency check of invoice, packing list and cartons, then each document
// in the chosen language — opened as its print route or saved as PDF through DesktopApi.
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../i18n';
import { desktop } from '../../platform';
import { useLanguage } from '../../ui/hooks';
import { localToday } from '../quotes/model';
import { useSyncStatus } from '../sync';
import { useCompanySettings } from '../settings/company-settings';
import { loadOrderDocuments } from './model';
import { DOCUMENT_KINDS, documentPrintRoute } from './route';

const A4 = { widthMicrons: 210_000, heightMicrons: 297_000 };
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文', ko: '한국어' };

export function OrderDocumentsPanel({ orderId }: { orderId: string }) {
  const { t } = useTranslation('documents');
  const [lang, setLang] = useState<Language>(useLanguage());
  const user = useSyncStatus().user;
  const company = useCompanySettings();
  const data = useLiveQuery(() => loadOrderDocuments(orderId, user?.name ?? '', localToday(), company.shipper), [orderId, user?.name, company.shipper]);
  if (!data) return null;
  const { differences, invoice } = data;
  return (
    <Card size="small" title={t('panel.title')} data-testid="order-documents">
      <Space direction="vertical" style={{ width: '100%' }}>
        {differences.length === 0
          ? <Alert type="success" showIcon message={t('panel.consistent')} data-testid="documents-consistent" />
          : <Alert type="warning" showIcon data-testid="documents-differences" message={t('panel.differences')}
            description={<ul style={{ margin: 0 }}>{differences.map((d, i) => <li key={i}>{t(d.key, d)}</li>)}</ul>} />}
        {invoice.missing.length > 0 && <Typography.Text type="secondary" data-testid="documents-missing">{t('doc.missing', { list: invoice.missing.map((k) => t(k)).join(', ') })}</Typography.Text>}
        <Space wrap>
          <Typography.Text>{t('panel.language')}</Typography.Text>
          <Select value={lang} onChange={setLang} style={{ width: 120 }} data-testid="documents-language" options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
        </Space>
        {DOCUMENT_KINDS.map((kind) => {
          const route = documentPrintRoute(kind, orderId, lang);
          const name = kind === 'invoice' ? t('panel.invoice') : t('panel.packing');
          return (
            <Space key={kind} wrap>
              <Typography.Text strong>{name}</Typography.Text>
              <Link to={route} target="_blank" data-testid={`open-${kind}`}>{t('panel.open')}</Link>
              <Button size="small" data-testid={`save-${kind}`}
                onClick={() => void desktop().savePdf({ route, pageSize: A4, suggestedName: `${kind}-${invoice.number}.pdf` })}>{t('panel.savePdf')}</Button>
            </Space>
          );
        })}
      </Space>
    </Card>
  );
}
