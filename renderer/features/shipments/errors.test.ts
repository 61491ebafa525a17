// A refused print reaches the batch-print dialog as one sentence in the user's language that
// names the label, not as the print path's English message with an error code.
import { describe, expect, it } from 'vitest';
import { printFailure, PrintViewRefused } from '../../../shared/ipc/desktop-api';
import { setupI18n } from '../../i18n';
import { labels } from '../labels/i18n';
import { printFailureText } from './errors';
import { shipments } from './i18n';

describe('printFailureText', () => {
  const i18n = setupI18n({ shipments, labels }, 'en');
  const failure = printFailure(new PrintViewRefused({ code: 'errors.doesNotFit', detail: '3 of 12' }));

  it('says which label does not fit, in each language', () => {
    expect(printFailureText(i18n.getFixedT('en', 'shipments'), failure)).toBe("Printing failed: Label 3 of 12: its text does not fit. Shorten the shipper's or consignee's name or address, or choose a larger label size. Nothing was printed.");
    expect(printFailureText(i18n.getFixedT('zh-CN', 'shipments'), failure)).toBe('打印失败：标签 3 of 12：文字放不下。请缩短发货人或收货人的名称或地址，或选择更大的标签尺寸。未打印任何内容。');
    expect(printFailureText(i18n.getFixedT('ko', 'shipments'), failure)).toContain('라벨 3 of 12: 글자가 다 들어가지 않습니다.');
  });

  it('keeps the print path\'s own reason when the view said nothing', () => {
    const refusedByPrinter = printFailure(new Error('Printer "Zebra" is not installed on this computer'));
    expect(refusedByPrinter).toEqual({ status: 'failed', reason: 'Printer "Zebra" is not installed on this computer' });
    expect(printFailureText(i18n.getFixedT('en', 'shipments'), refusedByPrinter)).toBe('Printing failed: Printer "Zebra" is not installed on this computer');
  });
});
