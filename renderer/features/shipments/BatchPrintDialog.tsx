// Batch print: choose the parcels (all, a range, the not yet printed), see them in carton order
// with re-prints named, then print through DesktopApi — silently to the chosen printer with the
// label's page size, to PDF, or as ZPL straight to a Zebra printer — and record the outcome
// honestly in each parcel's history.
import { Alert, Button, Checkbox, InputNumber, List, Modal, Radio, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_KINDS, SIZES_OF, labelCopies, type LabelKind, type LabelSize } from '../../../shared/documents/labels';
import { ZPL_DPIS, ZPL_KINDS, ZPL_SIZES, type ZplDpi } from '../../../shared/documents/zpl';
import type { Parcel } from '../../../shared/domain/parcel';
import type { PrinterInfo } from '../../../shared/ipc/desktop-api';
import { desktop } from '../../platform';
import { labelPageSize, labelRoute } from '../labels';
import { defaultPrinter, saveCompanySettings, useCompanySettings } from '../settings/company-settings';
import { errorText, printFailureText } from './errors';
import { chooseParcels, recordLabelsPrinted, type BatchChoice, type PrintRecord } from './model';

/** The printer name passed when none is chosen: the platform shows its print dialog instead of printing silently. */
const SYSTEM_DIALOG = 'system-dialog';

interface Props { parcels: Parcel[]; reference: string; open: boolean; onClose(): void }

export function BatchPrintDialog({ parcels, reference, open, onClose }: Props) {
  const { t } = useTranslation('shipments');
  const settings = useCompanySettings();
  const [kind, setKind] = useState<LabelKind>('gs1');
  const [size, setSize] = useState<LabelSize>('a6');
  const [a4Sheet, setA4Sheet] = useState(false);
  const [mode, setMode] = useState<BatchChoice['mode']>('all');
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(parcels.length);
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [printer, setPrinter] = useState<string | undefined>();
  const [remember, setRemember] = useState(false);
  const [dpi, setDpi] = useState<ZplDpi>(203);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<null | (() => Promise<void>)>(null);

  useEffect(() => { void desktop().listPrinters().then(setPrinters, () => setPrinters([])); }, []);
  // On the saved choices, not the whole settings: saving a printer's dpi must not change the printer chosen.
  const savedPrinter = defaultPrinter(settings, kind);
  useEffect(() => { setPrinter(savedPrinter ?? printers.find((p) => p.isDefault)?.name); }, [kind, printers, savedPrinter]);
  useEffect(() => { if (!SIZES_OF[kind].includes(size)) setSize(SIZES_OF[kind][0]); }, [kind, size]);
  const savedDpi = printer ? settings.zplDpi[printer] : undefined;
  useEffect(() => { setDpi(savedDpi ?? 203); }, [printer, savedDpi]);
  useEffect(() => { setTo(parcels.length); }, [parcels.length]);

  const choice: BatchChoice = mode === 'range' ? { mode, from, to } : { mode };
  const chosen = useMemo(() => chooseParcels(parcels, choice), [parcels, mode, from, to]); // eslint-disable-line react-hooks/exhaustive-deps
  const reprints = chosen.filter((p) => p.labelPrinted).length;
  const labelCount = chosen.reduce((n, p) => n + labelCopies(kind, p), 0);
  // Four A6 labels per A4 page with cut marks, for office printers; only A6 labels tile that way.
  const sheet = a4Sheet && size === 'a6';
  const query = { kind, size, sheet, parcelIds: chosen.map((p) => p.id) };
  // A Zebra printer takes GS1 and courier labels one per label on its own stock.
  const zplPossible = !!printer && ZPL_KINDS.includes(kind) && ZPL_SIZES.includes(size) && !sheet;

  async function record(how: PrintRecord, target: string) {
    await recordLabelsPrinted(query.parcelIds, kind, sheet ? `${size} 4-up a4` : size, how, target);
  }

  async function run(action: 'print' | 'pdf' | 'zpl') {
    if (chosen.length === 0) return;
    setBusy(true);
    setOutcome(null);
    setConfirm(null);
    try {
      const route = labelRoute(query);
      const pageSize = labelPageSize(query);
      if (action === 'zpl' && printer) {
        const { zplJob } = await import('../labels/zpl-job');
        const data = await zplJob(query, dpi);
        const result = await desktop().printRaw({ printerName: printer, data, jobName: `Labels ${reference || kind}`.slice(0, 100) });
        if (result.status === 'spooled') {
          // The printer's resolution, for its next ZPL job.
          if (settings.zplDpi[printer] !== dpi) saveCompanySettings({ zplDpi: { ...settings.zplDpi, [printer]: dpi } });
          await record('spooled', `${printer} ZPL ${dpi} dpi`);
          setOutcome({ type: 'success', text: t('print.spooled', { printer }) });
        } else if (result.status === 'failed') {
          setOutcome({ type: 'error', text: printFailureText(t, result) });
        }
      } else if (action === 'print') {
        if (remember && printer) saveCompanySettings({ printers: { ...settings.printers, [kind]: printer } });
        const result = await desktop().print({ route, pageSize, printerName: printer ?? SYSTEM_DIALOG, silent: !!printer });
        if (result.status === 'spooled') {
          await record('spooled', printer ?? '');
          setOutcome({ type: 'success', text: t('print.spooled', { printer }) });
        } else if (result.status === 'dialog') {
          setConfirm(() => () => record('dialog-confirmed', ''));
        } else {
          setOutcome({ type: 'error', text: printFailureText(t, result) });
        }
      } else {
        const name = `labels-${kind}-${reference || 'shipment'}`.replace(/[^\w.-]+/g, '-');
        const result = await desktop().savePdf({ route, pageSize, suggestedName: `${name}.pdf` });
        if (result.status === 'saved') {
          await record('saved', result.path.split(/[\\/]/).pop() ?? '');
          setOutcome({ type: 'success', text: t('print.saved', { path: result.path }) });
        } else if (result.status === 'dialog') {
          setConfirm(() => () => record('dialog-confirmed', 'pdf'));
        } else if (result.status === 'cancelled') {
          setOutcome({ type: 'info', text: t('print.cancelled') });
        } else {
          setOutcome({ type: 'error', text: printFailureText(t, result) });
        }
      }
    } catch (e) {
      setOutcome({ type: 'error', text: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t('print.title')} onCancel={onClose} width={720} footer={null} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="batch-print">
        <Space wrap>
          <span>{t('print.kind')}</span>
          <Select data-testid="print-kind" value={kind} onChange={setKind} style={{ width: 220 }} options={LABEL_KINDS.map((k) => ({ value: k, label: t(`print.kinds.${k}`) }))} />
          <span>{t('print.size')}</span>
          <Select data-testid="print-size" value={size} onChange={setSize} style={{ width: 120 }} options={SIZES_OF[kind].map((s) => ({ value: s, label: t(`print.sizes.${s}`) }))} />
          {size === 'a6' && <Checkbox data-testid="print-a4-sheet" checked={a4Sheet} onChange={(e) => setA4Sheet(e.target.checked)}>{t('print.a4Sheet')}</Checkbox>}
        </Space>
        <Space wrap>
          <span>{t('print.choose')}</span>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as BatchChoice['mode'])} data-testid="print-choice">
            <Radio value="all">{t('print.all')}</Radio>
            <Radio value="unprinted" data-testid="choice-unprinted">{t('print.unprinted')}</Radio>
            <Radio value="range" data-testid="choice-range">{t('print.range')}</Radio>
          </Radio.Group>
          {mode === 'range' && <>
            <InputNumber aria-label={t('print.from')} data-testid="range-from" min={1} max={parcels.length} value={from} onChange={(v) => setFrom(v ?? 1)} />
            <InputNumber aria-label={t('print.to')} data-testid="range-to" min={1} max={parcels.length} value={to} onChange={(v) => setTo(v ?? parcels.length)} />
          </>}
        </Space>
        <Typography.Text strong>{t('print.preview')}: {chosen.length ? t('print.chosen', { count: labelCount }) : t('print.nothing')}</Typography.Text>
        {reprints > 0 && <Alert type="warning" showIcon message={t('print.reprints', { count: reprints })} data-testid="reprint-warning" />}
        <List size="small" bordered dataSource={chosen} style={{ maxHeight: 220, overflow: 'auto' }} data-testid="print-preview"
          renderItem={(p) => (
            <List.Item data-parcel-id={p.id}>
              <Space>
                <span data-testid="preview-n-of-n">{t('parcels.nOfN', { seq: p.seq, count: p.count })}</span>
                <Typography.Text code>{p.sscc || '—'}</Typography.Text>
                {p.labelPrinted && <Tag color="orange">{t('print.reprint')}</Tag>}
              </Space>
            </List.Item>
          )} />
        <Space wrap>
          <span>{t('print.printer')}</span>
          <Select data-testid="print-printer" allowClear placeholder={t('print.systemDialog')} value={printer} onChange={setPrinter} style={{ width: 260 }}
            options={printers.map((p) => ({ value: p.name, label: p.displayName }))} />
          {printer && <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)}>{t('print.remember')}</Checkbox>}
        </Space>
        {confirm && (
          <Alert type="info" message={t('print.confirm')} data-testid="print-confirm" action={<Space>
            <Button size="small" type="primary" data-testid="print-confirm-yes" onClick={() => { void confirm().then(() => setConfirm(null), (e: unknown) => setOutcome({ type: 'error', text: errorText(t, e) })); }}>{t('print.confirmYes')}</Button>
            <Button size="small" onClick={() => setConfirm(null)}>{t('print.confirmNo')}</Button>
          </Space>} />
        )}
        {outcome && <Alert type={outcome.type} message={outcome.text} data-testid="print-outcome" />}
        <Space>
          <Button type="primary" loading={busy} disabled={chosen.length === 0} onClick={() => void run('print')} data-testid="print-run">{t('print.print')}</Button>
          <Button loading={busy} disabled={chosen.length === 0} onClick={() => void run('pdf')} data-testid="print-pdf">{t('print.savePdf')}</Button>
          <Tooltip title={t('print.zplHelp')}>
            <Button loading={busy} disabled={chosen.length === 0 || !zplPossible} onClick={() => void run('zpl')} data-testid="print-zpl">{t('print.zpl')}</Button>
          </Tooltip>
          <Select data-testid="print-zpl-dpi" value={dpi} onChange={setDpi} disabled={!zplPossible} style={{ width: 100 }}
            options={ZPL_DPIS.map((d) => ({ value: d, label: t('print.zplDpi', { dpi: d }) }))} />
        </Space>
      </Space>
    </Modal>
  );
}
