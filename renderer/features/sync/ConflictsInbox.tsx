import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/domain/common';
import { conflictRow, type ConflictRow } from '../../../shared/sync/protocol';
import { db, type LocalRow } from '../../data/db';
import { entriesOfRows } from '../../data/outbox';
import { write } from '../../data/repository';

export const RESOLVE_COMMAND = 'conflict.resolve';

/** How a field value reads in the inbox: text as is, structured values as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The edited text back to a value of the same kind as the server's. */
export function parseEdited(text: string, like: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof like === 'string' || like === null || like === undefined) return { ok: true, value: text };
  try { return { ok: true, value: JSON.parse(text) }; } catch { return { ok: false }; }
}

interface InboxItem { conflict: ConflictRow; record: LocalRow | undefined; resolving: boolean }

async function loadInbox(): Promise<InboxItem[]> {
  const rows = (await db().conflicts.toArray()).filter((c) => !c.resolved && !c.deleted);
  // A resolve command is queued on the conflict row itself; only those entries are read.
  const queued = await entriesOfRows(db(), rows.map((c) => ['conflicts', c.id] as const));
  const resolving = new Set(queued.filter((e) => e.cmd?.name === RESOLVE_COMMAND).map((e) => String(e.cmd!.args.conflictId)));
  const items: InboxItem[] = [];
  for (const row of rows) {
    const parsed = conflictRow.safeParse(row);
    if (!parsed.success) continue;
    const record = await db().entityTable(parsed.data.entity).get(parsed.data.entityId);
    items.push({ conflict: parsed.data, record, resolving: resolving.has(parsed.data.id) });
  }
  return items.sort((a, b) => a.conflict.createdAt.localeCompare(b.conflict.createdAt));
}

function resolve(conflict: ConflictRow, choice: 'mine' | 'theirs' | 'value', value?: unknown) {
  return write((w) => w.command('conflicts', conflict.id, RESOLVE_COMMAND, { conflictId: conflict.id, choice, ...(choice === 'value' ? { value } : {}) }));
}

function ConflictCard({ item }: { item: InboxItem }) {
  const { t } = useTranslation('sync');
  const { conflict, record } = item;
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const [invalid, setInvalid] = useState(false);
  const fields = Object.entries(conflict.fields);
  const name = showValue(record?.name ?? record?.number ?? record?.sku ?? conflict.entityId);

  function saveEdited() {
    const values: Record<string, unknown> = {};
    for (const [field, sides] of fields) {
      const parsed = parseEdited(editing![field] ?? '', sides.server);
      if (!parsed.ok) { setInvalid(true); return; }
      values[field] = parsed.value;
    }
    setInvalid(false);
    void resolve(conflict, 'value', fields.length === 1 ? values[fields[0][0]] : values).then(() => setEditing(null));
  }

  return (
    <Card size="small" data-testid="conflict" data-entity-id={conflict.entityId}
      title={<Space>{t('conflicts.record', { entity: t(`entities.${conflict.entity as EntityName}`), name })}{item.resolving && <Tag color="blue">{t('conflicts.resolving')}</Tag>}</Space>}
      extra={!item.resolving && (
        <Space>
          <Button size="small" data-testid="conflict-keep-mine" onClick={() => void resolve(conflict, 'mine')}>{t('conflicts.keepMine')}</Button>
          <Button size="small" data-testid="conflict-keep-theirs" onClick={() => void resolve(conflict, 'theirs')}>{t('conflicts.keepTheirs')}</Button>
          {conflict.kind === 'field' && (
            <Button size="small" data-testid="conflict-edit"
              onClick={() => setEditing(Object.fromEntries(fields.map(([f, s]) => [f, s.client === null || s.client === undefined ? '' : showValue(s.client)])))}>
              {t('conflicts.edit')}
            </Button>
          )}
        </Space>
      )}>
      {conflict.kind === 'delete-edit' && <Alert type="info" showIcon message={t('conflicts.deleteEdit')} style={{ marginBottom: 8 }} />}
      <Table size="small" pagination={false} rowKey="field"
        dataSource={fields.map(([field, sides]) => ({ field, ...sides }))}
        columns={[
          { title: t('conflicts.field'), dataIndex: 'field' },
          { title: t('conflicts.base'), dataIndex: 'base', render: (v) => showValue(v) },
          { title: t('conflicts.theirs'), dataIndex: 'server', render: (v) => <span data-testid="conflict-theirs">{showValue(v)}</span> },
          { title: t('conflicts.mine'), dataIndex: 'client', render: (v) => <span data-testid="conflict-mine">{showValue(v)}</span> },
        ]} />
      {editing && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          {fields.map(([field]) => (
            <Input key={field} addonBefore={field} value={editing[field]} data-testid={`conflict-value-${field}`}
              onChange={(e) => setEditing({ ...editing, [field]: e.target.value })} />
          ))}
          {invalid && <Typography.Text type="danger">{t('conflicts.badJson')}</Typography.Text>}
          <Space>
            <Button type="primary" size="small" data-testid="conflict-save-value" onClick={saveEdited}>{t('conflicts.save')}</Button>
            <Button size="small" onClick={() => setEditing(null)}>{t('conflicts.cancel')}</Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}

/** Every unresolved conflict, base / theirs / mine per field, each resolved by a `conflict.resolve` command. */
export function ConflictsInbox() {
  const { t } = useTranslation('sync');
  const items = useLiveQuery(loadInbox, [], []);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="conflicts-inbox">
      <Typography.Title level={4}>{t('conflicts.title')}</Typography.Title>
      {items.length === 0 ? <Empty data-testid="conflicts-empty" description={t('conflicts.empty')} />
        : items.map((item) => <ConflictCard key={item.conflict.id} item={item} />)}
    </Space>
  );
}
