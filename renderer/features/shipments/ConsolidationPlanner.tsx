// Consolidation planner (CTR-1): pick orders, sum their cartons' CBM and gross weight, suggest
// a container or LCL below the configured volume, show the volume fill and the warnings.
import { Alert, Card, Progress, Select, Space, Statistic, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTAINERS, planConsolidation } from '../../../shared/documents/consolidation';
import type { Parcel } from '../../../shared/domain/parcel';
import { db } from '../../data/db';
import { formatDecimal } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { liveOrders } from '../orders/model';
import { useCompanySettings } from '../settings/company-settings';

export function ConsolidationPlanner() {
  const { t } = useTranslation('shipments');
  const language = useLanguage();
  const { lclBelowCbm } = useCompanySettings();
  const [orderIds, setOrderIds] = useState<string[]>([]);
  const orders = useLiveQuery(() => liveOrders(), [], []);
  const parcels = useLiveQuery(async () => (orderIds.length ? (await db().parcels.where('orderId').anyOf(orderIds).toArray()) as unknown as Parcel[] : []).filter((p) => !p.deleted), [orderIds], []);
  const withoutCartons = orderIds.filter((id) => !parcels.some((p) => p.orderId === id)).length;
  const plan = parcels.length ? planConsolidation(parcels, { lclBelowM3: lclBelowCbm }) : null;
  const container = CONTAINERS.find((c) => c.type === plan?.suggestion);
  const fill = container && plan ? Math.round((Number(plan.cbm) / Number(container.volumeM3)) * 100) : null;

  return (
    <Card title={t('planner.title')} data-testid="planner">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select mode="multiple" data-testid="planner-orders" placeholder={t('planner.pick')} value={orderIds} onChange={setOrderIds} style={{ width: '100%' }}
          options={orders.map((o) => ({ value: o.id, label: o.number || o.id.slice(-8) }))} />
        {withoutCartons > 0 && <Alert type="info" message={t('planner.noCartons', { count: withoutCartons })} />}
        {plan && (
          <>
            <Space size="large" wrap>
              <Statistic title={t('planner.cbm')} value={`${formatDecimal(plan.cbm, language, 3)} m³`} />
              <Statistic title={t('planner.gross')} value={`${formatDecimal(plan.grossKg, language, 1)} kg`} />
              <Statistic title={t('planner.parcels')} value={formatDecimal(plan.parcels, language, 0)} />
              <Statistic title={t('planner.suggestion')} data-testid="planner-suggestion"
                value={plan.suggestion === 'LCL' ? t('planner.lcl', { threshold: formatDecimal(lclBelowCbm, language) }) : container?.label ?? t('planner.split')} />
            </Space>
            {container && fill !== null && (
              <div>
                <Typography.Text>{t('planner.fill', { container: container.label })}</Typography.Text>
                <Progress percent={Math.min(fill, 100)} status={fill > 90 ? 'exception' : 'normal'} data-testid="planner-fill"
                  format={() => new Intl.NumberFormat(language, { style: 'percent' }).format(fill / 100)} />
              </div>
            )}
            {plan.warnings.map((w) => <Alert key={w.code} type="warning" showIcon message={t(`labels:${w.code}`)} data-testid="planner-warning" />)}
          </>
        )}
      </Space>
    </Card>
  );
}
