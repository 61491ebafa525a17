// A refused print reaches the batch-print dialog as one sentence in the user's language that
// names the label, not as the print path's English message with an error code.
import { describe, expect, it } from 'vitest';
import { ZplError } from '../../../shared/documents/zpl';
import { printFailure, PrintViewRefused } from '../../../shared/ipc/desktop-api';
import { setupI18n } from '../../i18n';
import { labels } from '../labels/i18n';
import { errorText, printFailureText } from './errors';
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

describe('errorText for a ZPL job that cannot be made', () => {
  const i18n = setupI18n({ shipments, labels }, 'en');
  const korean = new ZplError('zpl.text', 'p1', '1 of 2', '서울상사 Seoul Trading Co., Ltd.');

  it('names the label and the text a Zebra font cannot print, in each language', () => {
    expect(errorText(i18n.getFixedT('en', 'shipments'), korean)).toBe('Label 1 of 2: a Zebra printer\'s built-in font cannot print "서울상사 Seoul Trading Co., Ltd." (Latin letters only). Print these labels through the printer driver instead. Nothing was sent.');
    expect(errorText(i18n.getFixedT('zh-CN', 'shipments'), korean)).toContain('标签 1 of 2：斑马打印机的内置字体无法打印“서울상사 Seoul Trading Co., Ltd.”');
    expect(errorText(i18n.getFixedT('ko', 'shipments'), korean)).toContain('라벨 1 of 2: Zebra 프린터의 내장 글꼴로는');
  });
});
