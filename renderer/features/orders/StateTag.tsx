import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderState } from '../../../shared/domain/order';

const COLORS: Record<OrderState, string> = {
  'awaiting-deposit': 'gold', 'in-production': 'blue', 'ready-to-ship': 'cyan', shipped: 'geekblue', delivered: 'purple', completed: 'green', cancelled: 'default', disputed: 'red',
};

export function StateTag({ state }: { state: OrderState }) {
  const { t } = useTranslation('orders');
  return <Tag color={COLORS[state]} data-testid="order-state">{t(`states.${state}`)}</Tag>;
}
