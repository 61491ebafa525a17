// The catalog: a virtualized list over the in-memory light index, search-as-you-type,
// filters, and the create/edit drawer. Archive and restore are status patches; nothing is
// ever deleted from here.
import { App, Button, Empty, Grid, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableRef } from 'antd/es/table';
import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type HTMLAttributes, type MouseEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_STATUSES } from '../../../shared/domain/product';
import { write } from '../../data/repository';
import { formatDate, formatDecimal, formatMoney } from '../../i18n/format';
import { cachedFormat } from '../../ui/cached-format';
import { useLanguage, useViewportHeight } from '../../ui/hooks';
import { CatalogImportExport } from '../catalog-io/CatalogImportExport';
import { useCatalogIndex } from './catalog-index';
import { rowWindow } from './row-window';
import { ProductFormDrawer } from './ProductForm';
import { createProductSearch, facets, type LightProduct, type ProductFilter } from './search';
import { useProductsUi } from './store';
import { SyncBadge, SyncStatesProvider } from '../sync/SyncBadge';

const dateText = cachedFormat(formatDate);
const moneyText = cachedFormat(formatMoney);
const numberText = cachedFormat(formatDecimal);
const search = createProductSearch();

const STATUS_COLORS = { draft: 'default', active: 'green', archived: 'default' } as const;
/** Shell header, page padding, the two toolbar rows and the table header: the rest is rows. */
const CHROME_HEIGHT = 262;
const ONE_LINE = { whiteSpace: 'nowrap', overflow: 'hidden' } as const;

export function ProductsPage() {
  const { t } = useTranslation('products');
  const language = useLanguage();
  const { rows, complete } = useCatalogIndex();
  const filter = useProductsUi((s) => s.filter);
  const openForm = useProductsUi((s) => s.openForm);
  const visible = useMemo(() => search(rows, filter), [rows, filter]);

  const catalogEmpty = complete && rows.length === 0;
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space align="baseline" size="middle">
          <Typography.Title level={4} style={{ margin: 0 }}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary" data-testid="product-count">
            {complete ? t('count', { count: visible.length, n: numberText(visible.length, language) }) : t('indexing')}
          </Typography.Text>
        </Space>
        <PageActions />
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchBox />
        <Filters rows={rows} />
      </Space>
      {catalogEmpty ? (
        <Empty data-testid="products-empty" style={{ marginTop: 80 }} description={
          <Space direction="vertical">
            <Typography.Text strong>{t('empty.title')}</Typography.Text>
            <Typography.Text type="secondary">{t('empty.hint')}</Typography.Text>
          </Space>
        }>
          <Button type="primary" onClick={() => openForm('new')}>{t('newProduct')}</Button>
        </Empty>
      ) : (
        <ProductTable visible={visible} complete={complete} />
      )}
      <ProductFormDrawer />
    </div>
  );
}

// The parts below are memoized so a keystroke re-renders the search box, the count and the
// table, not the toolbar, filters or dialogs.

const PageActions = memo(function PageActions() {
  const { t } = useTranslation('products');
  const openForm = useProductsUi((s) => s.openForm);
  return (
    <Space>
      <CatalogImportExport />
      <Button type="primary" data-testid="new-product" onClick={() => openForm('new')}>{t('newProduct')}</Button>
    </Space>
  );
});

function SearchBox() {
  const { t } = useTranslation('products');
  const query = useProductsUi((s) => s.filter.query);
  const setFilter = useProductsUi((s) => s.setFilter);
  return (
    <Input.Search
      data-testid="product-search"
      allowClear
      placeholder={t('searchPlaceholder')}
      aria-label={t('searchPlaceholder')}
      value={query}
      onChange={(e) => setFilter({ query: e.target.value })}
      style={{ width: 280 }}
    />
  );
}

const Filters = memo(function Filters({ rows }: { rows: readonly LightProduct[] }) {
  const { t } = useTranslation('products');
  const status = useProductsUi((s) => s.filter.status);
  const tag = useProductsUi((s) => s.filter.tag);
  const hsChapter = useProductsUi((s) => s.filter.hsChapter);
  const setFilter = useProductsUi((s) => s.setFilter);
  const { tags, hsChapters } = useMemo(() => facets(rows), [rows]);
  return (
    <>
      <Select<ProductFilter['status']>
        aria-label={t('filter.status')}
        data-testid="product-status-filter"
        value={status}
        onChange={(next) => setFilter({ status: next })}
        style={{ width: 200 }}
        options={[
          { value: null, label: t('filter.current') },
          { value: 'all', label: t('common:all') },
          ...PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <Select<string | null>
        aria-label={t('filter.tag')}
        value={tag}
        onChange={(next) => setFilter({ tag: next })}
        style={{ width: 160 }}
        options={[{ value: null, label: t('filter.anyTag') }, ...tags.map((x) => ({ value: x, label: x }))]}
      />
      <Select<string | null>
        aria-label={t('filter.hsChapter')}
        value={hsChapter}
        onChange={(next) => setFilter({ hsChapter: next })}
        style={{ width: 160 }}
        options={[{ value: null, label: t('filter.anyChapter') }, ...hsChapters.map((c) => ({ value: c, label: t('filter.chapter', { chapter: c }) }))]}
      />
    </>
  );
});

/**
 * Rows are a fixed height (size="small", one line, ellipsis) so the window is plain arithmetic:
 * antd renders only the rows in view and two spacer rows stand in for the rest.
 */
const ROW_HEIGHT = 41;
const ROW_STYLE = { height: ROW_HEIGHT };
/** Rows rendered above and below the viewport, so a fast scroll does not show blank space. */
const OVERSCAN = 2;

/** The heights of the spacers around the rendered window, for the table body below. */
const SpacerContext = createContext({ above: 0, below: 0, columns: 1 });

function Spacer({ height, columns }: { height: number; columns: number }) {
  return height > 0 ? <tr aria-hidden><td colSpan={columns} style={{ height, padding: 0, border: 0 }} /></tr> : null;
}

function WindowedBody({ children, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  const { above, below, columns } = useContext(SpacerContext);
  return (
    <tbody {...props}>
      <Spacer height={above} columns={columns} />
      {children}
      <Spacer height={below} columns={columns} />
    </tbody>
  );
}
const WINDOWED = { body: { wrapper: WindowedBody } };

/**
 * antd's Table over a window of the matches. Its own virtual mode walks and re-wraps every row of
 * `dataSource` on each change, which with 100k products cost more than the search itself.
 */
const ProductTable = memo(function ProductTable({ visible, complete }: { visible: LightProduct[]; complete: boolean }) {
  const { t } = useTranslation('products');
  const language = useLanguage();
  const openForm = useProductsUi((s) => s.openForm);
  const selectedId = useProductsUi((s) => s.selectedId);
  const select = useProductsUi((s) => s.select);
  const filter = useProductsUi((s) => s.filter);
  const { message } = App.useApp();
  const height = useViewportHeight();
  const table = useRef<TableRef>(null);
  const [scrollRow, setScrollRow] = useState(0);
  const wide = Grid.useBreakpoint().xxl === true;

  // A new query or filter starts at the top; a reloaded index (an edit, a sync) keeps the place.
  // Scrolling forces a layout, so it is skipped when the list is already at the top (typing).
  const scrollTop = useRef(0);
  useEffect(() => {
    if (scrollTop.current === 0) return;
    table.current?.scrollTo({ top: 0 });
    scrollTop.current = 0;
    setScrollRow(0);
  }, [filter]);

  const columns = useMemo((): ColumnsType<LightProduct> => {
    const setStatus = async (id: string, status: 'archived' | 'active') => {
      await write((w) => w.patch('products', id, { status }));
      message.success(t(status === 'archived' ? 'archived' : 'restored'));
    };
    // Translated once per language, not in every cell of every keystroke's rows.
    const text = cachedFormat((key: string, count?: number) => t(key, { count }), 1_000);
    // The status tags and the action buttons are one element per status, made once per language
    // and shared by every row: a keystroke puts other products in the rows on screen, and React
    // skips an element it has rendered before instead of rendering antd's Tag and Buttons again.
    // So a button finds its product from its row (`data-product-id`).
    const act = (action: (id: string) => void) => (e: MouseEvent<HTMLElement>) => {
      const id = e.currentTarget.closest('[data-product-id]')?.getAttribute('data-product-id');
      if (id) action(id);
    };
    const edit = <Button type="link" size="small" onClick={act(openForm)}>{text('common:edit')}</Button>;
    const actions = {
      live: <div style={ONE_LINE}>{edit}<Button type="link" size="small" onClick={act((id) => void setStatus(id, 'archived'))}>{text('common:archive')}</Button></div>,
      archived: <div style={ONE_LINE}>{edit}<Button type="link" size="small" onClick={act((id) => void setStatus(id, 'active'))}>{text('common:restore')}</Button></div>,
    };
    const statusTags = Object.fromEntries(PRODUCT_STATUSES.map((s) => [s, <Tag color={STATUS_COLORS[s]}>{text(`statuses.${s}`)}</Tag>]));
    return [
      { key: 'sku', title: t('column.sku'), dataIndex: 'sku', width: 140, ellipsis: true },
      { key: 'name', title: t('column.name'), ellipsis: true, render: (_, p) => (language === 'en' ? p.name : p.localizedNames[language] || p.name) },
      {
        // One line in every language, so every row keeps ROW_HEIGHT.
        key: 'status', title: t('column.status'), width: 180,
        render: (_, p) => <div style={ONE_LINE}>{statusTags[p.status]}<SyncBadge id={p.id} /></div>,
      },
      { key: 'hsCode', title: t('column.hsCode'), dataIndex: 'hsCode', width: 110 },
      { key: 'moq', title: t('column.moq'), width: 105, align: 'right', render: (_, p) => `${numberText(p.moq, language)} ${text(`units.${p.unit}`)}` },
      { key: 'price', title: t('column.price'), width: 110, align: 'right', render: (_, p) => (p.price ? moneyText(p.price, p.currency, language) : '') },
      { key: 'leadTime', title: t('column.leadTime'), width: 90, ellipsis: true, align: 'right', render: (_, p) => text('leadTimeDays', p.leadTimeDays) },
      // On wide screens only: at 1280 px it would leave the name column too narrow to read.
      ...(wide ? [{ key: 'updated', title: t('column.updated'), width: 130, ellipsis: true, render: (_: unknown, p: LightProduct) => dateText(p.updatedAt, language) }] : []),
      { key: 'actions', title: t('common:actions'), width: 120, render: (_, p) => (p.status === 'archived' ? actions.archived : actions.live) },
    ];
  }, [t, language, openForm, message, wide]);

  const bodyHeight = Math.max(240, height - CHROME_HEIGHT);
  // No horizontal scroll: with one, antd re-measures the table's scroll width (a forced layout)
  // after every change of the rows. The columns fit the content area of a 1280 px window.
  const scroll = useMemo(() => ({ y: bodyHeight }), [bodyHeight]);
  const { first, end, above, below } = rowWindow(scrollRow, bodyHeight, ROW_HEIGHT, visible.length, OVERSCAN);
  const rows = useMemo(() => visible.slice(first, end), [visible, first, end]);
  // Rows are keyed by their slot in the window, not by product: a keystroke then updates the
  // text of the rows on screen instead of unmounting and mounting every one of them, and a
  // scroll by one row reuses the slot that left the window. The product id is on `data-product-id`.
  const rowKey = useCallback((p: LightProduct) => String((first + rows.indexOf(p)) % rows.length), [first, rows]);
  const spacers = useMemo(() => ({ above, below, columns: columns.length }), [above, below, columns.length]);
  const rowIds = useMemo(() => rows.map((p) => p.id), [rows]);
  // Only crossing a row boundary re-renders.
  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    scrollTop.current = e.currentTarget.scrollTop;
    setScrollRow(Math.floor(scrollTop.current / ROW_HEIGHT));
  }, []);
  const locale = useMemo(() => ({ emptyText: complete ? t('empty.noMatch') : t('common:loading') }), [complete, t]);
  const rowClassName = useCallback((p: LightProduct) => (p.id === selectedId ? 'ant-table-row-selected' : ''), [selectedId]);
  const onRow = useCallback((p: LightProduct) => ({ style: ROW_STYLE, 'data-product-id': p.id, onClick: () => select(p.id), onDoubleClick: () => openForm(p.id) }) as HTMLAttributes<HTMLElement>, [select, openForm]);

  return (
    <SpacerContext.Provider value={spacers}>
      <SyncStatesProvider entity="products" ids={rowIds}>
      <Table<LightProduct>
        ref={table}
        data-testid="product-table"
        size="small"
        rowKey={rowKey}
        columns={columns}
        components={WINDOWED}
        dataSource={rows}
        pagination={false}
        scroll={scroll}
        onScroll={onScroll}
        locale={locale}
        rowClassName={rowClassName}
        onRow={onRow}
      />
      </SyncStatesProvider>
    </SpacerContext.Provider>
  );
});
