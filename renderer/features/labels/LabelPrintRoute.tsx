// The bare print page for labels (no app layout): reads the parcels named in the URL from the
// local database, renders one label per page at its real size with a matching @page rule (in
// chunks, each once a worker has drawn its barcodes), and marks the document print-ready once
// every label, barcode and font is in place and every label's text is measured to fit. A label
// of a parcel whose label was printed before says it is a re-print.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PRINT_ERROR_DETAIL_ATTRIBUTE, PRINT_PAGE_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../../shared/ipc/desktop-api';
import { LabelError, PAGE_MM, labelKey, type BarcodeSpec, type LabelModel, type LabelSize } from '../../../shared/documents/labels';
import { db } from '../../data/db';
import { usePrintReady } from '../../ui/print-page';
import { barcodesDrawn, drawInWorker, forgetBarcodes, startBarcodeWorker } from './barcodes';
import { addCjkFaces } from './cjk-fonts';
import { labelThatOverflowsOnceFontsAreIn } from './fit';
import { LabelView } from './LabelViews';
import { loadLabels } from './load';
import { parseLabelQuery, type LabelQuery } from './route';
import './labels.css';

type State =
  | { status: 'loading' }
  | { status: 'error'; code: string; detail: string }
  | { status: 'ready'; labels: LabelModel[] };

/**
 * Labels mount in chunks so the first ones paint at once instead of after the whole print is laid
 * out; the page is print-ready (and its print button enabled) only once every label is in.
 * A worker draws the barcodes in print order, and each chunk mounts once its own are drawn.
 * Each later chunk is twice what is shown already (at least CHUNK): every chunk costs a frame,
 * and 1,000 labels mount in four instead of eleven. Multiples of 4, so an A4 sheet is never split.
 */
const FIRST_CHUNK = 24;
const CHUNK = 100;
const chunkAfter = (shown: number) => (shown === 0 ? FIRST_CHUNK : Math.max(CHUNK, 2 * shown));

const barcodesOf = (label: LabelModel): BarcodeSpec[] => (label.kind === 'gs1' ? label.barcodes : label.kind === 'courier' ? [label.barcode] : []);

/** The most barcodes a print can hold, from its URL alone: none on shipping marks; up to two on a GS1 label, printed twice for a pallet. */
const barcodesAtMost = (query: LabelQuery): number =>
  query.kind === 'main-mark' || query.kind === 'side-mark' ? 0 : query.parcelIds ? query.parcelIds.length * 4 : Infinity;

const SHEET_CELLS = [[0, 0], [105, 0], [0, 148.5], [105, 148.5]] as const;

/** Short lines on the cut lines of an A4 sheet of four A6 labels: at the edges and the centre. */
function CutMarks() {
  const marks = [
    { left: 105, top: 0, width: 0.2, height: 5 }, { left: 105, top: 292, width: 0.2, height: 5 }, { left: 105, top: 143.5, width: 0.2, height: 10 },
    { left: 0, top: 148.5, width: 5, height: 0.2 }, { left: 205, top: 148.5, width: 5, height: 0.2 }, { left: 100, top: 148.5, width: 10, height: 0.2 },
  ];
  return <>{marks.map((m, i) => <div key={i} className="cut-mark" style={{ left: `${m.left}mm`, top: `${m.top}mm`, width: `${m.width}mm`, height: `${m.height}mm` }} />)}</>;
}

/** Marks a printed page, so that a long print can be saved as a PDF in slices (electron/main/printing.ts). */
const PRINTED_PAGE = { [PRINT_PAGE_ATTRIBUTE]: '' };

/** One printed page: a label at its own size, or an A4 sheet of up to four A6 labels. */
const LabelPage = memo(function LabelPage({ group, size, sheet }: { group: LabelModel[]; size: LabelSize; sheet: boolean }) {
  if (!sheet) {
    const { width, height } = PAGE_MM[size];
    return (
      <div className="label-page" {...PRINTED_PAGE} style={{ width: `${width}mm`, height: `${height}mm` }}>
        <LabelView label={group[0]} size={size} />
      </div>
    );
  }
  return (
    <div className="label-page" {...PRINTED_PAGE} style={{ width: `${PAGE_MM.a4.width}mm`, height: `${PAGE_MM.a4.height}mm` }}>
      {group.map((label, i) => (
        <div key={labelKey(label)} className="sheet-cell" style={{ left: `${SHEET_CELLS[i][0]}mm`, top: `${SHEET_CELLS[i][1]}mm` }}>
          <LabelView label={label} size="a6" />
        </div>
      ))}
      <CutMarks />
    </div>
  );
});

/** The labels of each printed page, in print order. */
function pageGroups(labels: LabelModel[], sheet: boolean): LabelModel[][] {
  const perPage = sheet ? 4 : 1;
  const groups: LabelModel[][] = [];
  for (let i = 0; i < labels.length; i += perPage) groups.push(labels.slice(i, i + perPage));
  return groups;
}

export default function LabelPrintRoute() {
  const { t } = useTranslation('labels');
  const [params] = useSearchParams();
  const query = useMemo(() => parseLabelQuery(params), [params]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [shown, setShown] = useState(0);
  /** Every label is in and its text was measured to fit. */
  const [fits, setFits] = useState(false);
  const printRef = useRef<HTMLDivElement>(null);
  const complete = state.status !== 'ready' || shown >= state.labels.length;
  // Built once per print, so that mounting the next chunk leaves the pages already shown alone (memo).
  const groups = useMemo(() => (state.status === 'ready' && !('error' in query) ? pageGroups(state.labels, query.sheet) : []), [state, query]);

  useEffect(() => {
    addCjkFaces();
    setFits(false);
    document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE);
    if ('error' in query) { setState({ status: 'error', code: query.error, detail: query.detail ?? '' }); return; }
    let current = true;
    startBarcodeWorker(barcodesAtMost(query));
    loadLabels(db(), query).then(
      (labels) => {
        if (!current) return;
        void drawInWorker(labels.flatMap(barcodesOf));
        setShown(0);
        setState({ status: 'ready', labels });
      },
      (e: unknown) => {
        if (!current) return;
        if (e instanceof LabelError) setState({ status: 'error', code: e.code, detail: e.parcelId });
        else setState({ status: 'error', code: 'errors.unexpected', detail: String(e) });
      },
    );
    return () => { current = false; forgetBarcodes(); };
  }, [query]);

  useEffect(() => {
    if (complete || state.status !== 'ready') return;
    let next: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    // A task, not a microtask: the browser paints what is mounted before the next chunk.
    const more = chunkAfter(shown);
    barcodesDrawn(state.labels.slice(shown, shown + more).flatMap(barcodesOf)).then(
      () => { if (current) next = setTimeout(() => setShown(shown + more), 0); },
      (e: unknown) => { if (current) setState({ status: 'error', code: 'errors.unexpected', detail: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { current = false; clearTimeout(next); };
  }, [complete, shown, state]);

  // A label whose text does not fit is not printed: the print says which label and why.
  useEffect(() => {
    if (state.status !== 'ready' || !complete || !printRef.current) return;
    let current = true;
    void labelThatOverflowsOnceFontsAreIn(printRef.current).then((label) => {
      if (!current) return;
      if (label) setState({ status: 'error', code: 'errors.doesNotFit', detail: label.querySelector('[data-n-of-n]')?.getAttribute('data-n-of-n') ?? label.dataset.parcelId ?? '' });
      else setFits(true);
    });
    return () => { current = false; };
  }, [complete, state]);

  // An error page is "ready" too so a printer never waits forever; its `data-print-error` says not to print it.
  usePrintReady(state.status === 'loading' || (state.status === 'ready' && !fits) ? null : state);

  if (state.status === 'loading') return <div className="label-print"><div className="label-toolbar">{t('loading')}</div></div>;
  if (state.status === 'error') {
    return (
      <div className="label-print" data-print-error={state.code} {...{ [PRINT_ERROR_DETAIL_ATTRIBUTE]: state.detail }}>
        <div className="label-toolbar" role="alert">{t(state.code, { detail: state.detail })}</div>
      </div>
    );
  }
  if ('error' in query) return null;
  const page = query.sheet ? PAGE_MM.a4 : PAGE_MM[query.size];
  return (
    <div className="label-print" ref={printRef}>
      <style>{`@page { size: ${page.width}mm ${page.height}mm; margin: 0; } @media print { html, body { margin: 0; padding: 0; } }`}</style>
      <div className="label-toolbar">
        <span>{t('summary', { count: state.labels.length, size: t(`sizes.${query.sheet ? 'a4' : query.size}`) })}</span>
        <button type="button" disabled={!complete || !fits} onClick={() => window.print()}>{t('print')}</button>
      </div>
      {groups.slice(0, query.sheet ? shown / 4 : shown).map((group) => (
        <LabelPage key={labelKey(group[0])} group={group} size={query.size} sheet={query.sheet} />
      ))}
    </div>
  );
}
