// Reads an Excel workbook off the import dialog's thread (see xlsx-records.ts): the sheet's XML
// is parsed in one go, seconds for a 100,000-row catalog.
import { readSheetRecords, type XlsxRecord } from './xlsx-records';

self.onmessage = (event: MessageEvent<Blob>) => {
  readSheetRecords(event.data).then(
    (records) => self.postMessage({ records } satisfies { records: XlsxRecord[] }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
