// Import (CSV with dry-run preview) and export buttons for the products page toolbar.
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { Language } from '../../i18n';
import { formatDecimal } from '../../i18n/format';
import { downloadCatalog } from './catalog-export';
import { catalogSkus, dryRun, dryRunXlsx, HeaderError, ImportRowError, importGoodRows, type DryRun, type ImportProblem } from './catalog-import';
import { afterPaint } from '../../ui/paint';

/** Whether the import dialog is open (UI state lives in zustand; the file's rows do not). */
export const useImportDialog = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

type Phase =
  | { name: 'choose' }
  | { name: 'reading'; file: string; fraction: number }
  | { name: 'preview'; run: DryRun }
  | { name: 'saving'; count: number }
  | { name: 'done'; count: number }
  | { name: 'failed'; message: string }
  | { name: 'cancelled' };


export function CatalogImportExport() {
  const { t, i18n } = useTranslation('catalogIo');
  const { message } = AntApp.useApp();
  const setOpen = useImportDialog((s) => s.setOpen);
  const [exporting, setExporting] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const count = await downloadCatalog();
      message.success(t('exported', { count, n: formatDecimal(count, i18n.language as Language) }));
    } catch (e) {
      message.error(t('readFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Space>
        <Button icon={<UploadOutlined />} data-testid="catalog-import" onClick={() => setOpen(true)}>{t('import')}</Button>
        <Button icon={<DownloadOutlined />} data-testid="catalog-export" loading={exporting} onClick={() => void exportCsv()}>{t('export')}</Button>
      </Space>
      <ImportDialog />
    </>
  );
}

function ImportDialog() {
  const { t, i18n } = useTranslation('catalogIo');
  const { open, setOpen } = useImportDialog();
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const n = (count: number) => formatDecimal(count, i18n.language as Language);
  const reasonText = (p: ImportProblem) => t(p.reason.includes(':') ? p.reason : `common:${p.reason}`, p.params);

  const close = () => {
    if (phase.name === 'reading' || phase.name === 'saving') return;
    setOpen(false);
    setPhase({ name: 'choose' });
  };

  const check = async (file: File) => {
    if (/\.xls$/i.test(file.name)) { setPhase({ name: 'failed', message: t('xls') }); return; }
    setPhase({ name: 'reading', file: file.name, fraction: 0 });
    try {
      const run = await (/\.xlsx$/i.test(file.name) ? dryRunXlsx : dryRun)(file, {
        existingSkus: await catalogSkus(),
        onProgress: (fraction) => setPhase({ name: 'reading', file: file.name, fraction }),
      });
      setPhase({ name: 'preview', run });
    } catch (e) {
      if (e instanceof HeaderError) {
        setPhase({
          name: 'failed',
          message: e.missing.length > 0
            ? t('missingColumns', { columns: e.missing.join(', ') })
            : t('duplicateColumns', { columns: e.duplicates.join(', ') }),
        });
      } else {
        setPhase({ name: 'failed', message: t('readFailed', { message: e instanceof Error ? e.message : String(e) }) });
      }
    }
  };

  const importGood = async (run: DryRun) => {
    setPhase({ name: 'saving', count: run.good.length });
    await afterPaint();
    try {
      const count = await importGoodRows(run);
      setPhase({ name: 'done', count });
    } catch (e) {
      if (e instanceof ImportRowError) {
        setPhase({ name: 'failed', message: t('rowFailed', { row: e.problem.row, column: e.problem.column, reason: reasonText(e.problem) }) });
      } else {
        setPhase({ name: 'failed', message: t('writeFailed', { message: e instanceof Error ? e.message : String(e) }) });
      }
    }
  };

  const footer = (() => {
    switch (phase.name) {
      case 'preview':
        return [
          <Button key="nothing" data-testid="import-nothing" onClick={() => setPhase({ name: 'cancelled' })}>{t('importNothing')}</Button>,
          <Button key="good" type="primary" data-testid="import-good" disabled={phase.run.good.length === 0} onClick={() => void importGood(phase.run)}>
            {t('importGood', { count: phase.run.good.length, n: n(phase.run.good.length) })}
          </Button>,
        ];
      case 'done':
      case 'failed':
      case 'cancelled':
        return [<Button key="close" type="primary" data-testid="import-close" onClick={close}>{t('common:close')}</Button>];
      default:
        return null;
    }
  })();

  return (
    <Modal
      open={open}
      title={t('title')}
      width={760}
      onCancel={close}
      closable={phase.name !== 'reading' && phase.name !== 'saving'}
      maskClosable={false}
      footer={footer}
      destroyOnHidden
    >
      <div data-testid="catalog-import-dialog">
        {phase.name === 'choose' && (
          <Upload.Dragger
            accept=".csv,.txt,text/csv,.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => { void check(file); return false; }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('drop')}</p>
            <p className="ant-upload-hint">{t('dropHint')}</p>
          </Upload.Dragger>
        )}
        {phase.name === 'reading' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('reading', { name: phase.file })}</Typography.Text>
            <Progress data-testid="import-progress" percent={Math.floor(phase.fraction * 100)} status="active" />
          </Space>
        )}
        {phase.name === 'preview' && <Preview run={phase.run} reasonText={reasonText} n={n} />}
        {phase.name === 'saving' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('saving', { count: phase.count, n: n(phase.count) })}</Typography.Text>
            <Progress data-testid="import-progress" percent={100} status="active" showInfo={false} />
          </Space>
        )}
        {phase.name === 'done' && (
          <Alert type="success" showIcon data-testid="import-result" message={t('imported', { count: phase.count, n: n(phase.count) })} />
        )}
        {phase.name === 'failed' && <Alert type="error" showIcon data-testid="import-result" message={phase.message} />}
        {phase.name === 'cancelled' && <Alert type="info" showIcon data-testid="import-result" message={t('nothingImported')} />}
      </div>
    </Modal>
  );
}

function Preview({ run, reasonText, n }: { run: DryRun; reasonText: (p: ImportProblem) => string; n: (count: number) => string }) {
  const { t } = useTranslation('catalogIo');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="import-summary">
        {t('summary', {
          ready: t('ready', { count: run.good.length, n: n(run.good.length) }),
          problems: t('withProblems', { count: run.badRows, n: n(run.badRows) }),
        })}
      </Typography.Text>
      {run.unknownColumns.length > 0 && <Alert type="warning" showIcon message={t('unknownColumns', { columns: run.unknownColumns.join(', ') })} />}
      {run.statusDefaulted && <Alert type="info" showIcon message={t('statusDefaulted')} />}
      {run.good.length === 0 && <Alert type="error" showIcon message={t('noGoodRows')} />}
      {run.problems.length > 0 && (
        <Table<ImportProblem>
          data-testid="import-problems"
          size="small"
          virtual
          scroll={{ y: 320 }}
          pagination={false}
          rowKey={(p) => `${p.row}\u0000${p.column}\u0000${p.reason}`}
          dataSource={run.problems}
          columns={[
            { title: t('col.row'), dataIndex: 'row', width: 80, render: (row: number) => n(row) },
            { title: t('col.column'), dataIndex: 'column', width: 180 },
            { title: t('col.reason'), key: 'reason', render: (_, p) => reasonText(p) },
          ]}
        />
      )}
    </Space>
  );
}
