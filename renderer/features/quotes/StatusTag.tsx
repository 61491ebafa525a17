import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../../shared/domain/quote';

const COLORS: Record<QuoteStatus | 'expired', string> = { draft: 'default', sent: 'blue', accepted: 'green', superseded: 'default', expired: 'red' };

export function StatusTag({ status }: { status: QuoteStatus | 'expired' }) {
  const { t } = useTranslation('quotes');
  return <Tag color={COLORS[status]} data-testid="quote-status">{t(`status.${status}`)}</Tag>;
}
