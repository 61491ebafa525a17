import type { LocalizedBundle } from '../../i18n';

export const documents: LocalizedBundle = {
  en: {
    invoiceTitle: 'Commercial invoice', packingTitle: 'Packing list', notFound: 'This order is not on this machine.',
    doc: {
      number: 'Invoice no.', date: 'Date', order: 'Order', exporter: 'Exporter', consignee: 'Consignee / importer', taxId: 'Tax ID',
      sku: 'Item no.', description: 'Description of goods', hsCode: 'HS code', origin: 'Origin', quantity: 'Quantity', unitPrice: 'Unit price', amount: 'Amount',
      total: 'Total', incoterm: 'Terms of delivery', paymentTerms: 'Payment terms', poNumber: 'PO number', transportDocument: 'Transport document', portOfLoading: 'Port of loading',
      packages: 'Packages', netWeight: 'Net weight (kg)', grossWeight: 'Gross weight (kg)', marks: 'Shipping marks', range: 'Package no.', contents: 'Contents',
      perPackage: 'Per package (kg)', netTotal: 'Net total (kg)', grossTotal: 'Gross total (kg)', dimensions: 'Dimensions (cm)', cbm: 'CBM', totals: 'Totals', missing: 'Not yet known: {{list}}',
    },
    fields: {
      exporterAddress: 'exporter address', exporterTaxId: 'exporter tax ID', consigneeAddress: 'consignee address', paymentTerms: 'payment terms',
      hsCode: 'HS code of every line', origin: 'origin of every line', weights: 'weights and packages (no cartons yet)',
    },
    panel: {
      title: 'Export documents', language: 'Document language', consistent: 'Invoice, packing list and cartons agree.', differences: 'Check before printing: these differ',
      invoice: 'Commercial invoice', packing: 'Packing list', open: 'Open', savePdf: 'Save PDF',
    },
    diff: {
      noParcels: 'No cartons yet: generate them first.', quantity: '{{sku}}: invoiced {{invoiced}}, packed {{packed}}', unknownLine: '{{sku}}: {{packed}} packed but not on the invoice',
      grossBelowNet: 'Carton {{seq}}: gross weight {{gross}} kg is below the net weight {{net}} kg', cartonCount: 'Carton {{seq}} says "of {{stated}}", but there are {{actual}} cartons',
      cartonNumbers: 'Carton numbers are {{actual}} instead of {{expected}}',
    },
  },
  'zh-CN': {
    invoiceTitle: '商业发票', packingTitle: '装箱单', notFound: '本机上没有此订单。',
    doc: {
      number: '发票号', date: '日期', order: '订单', exporter: '出口商', consignee: '收货人 / 进口商', taxId: '税号',
      sku: '货号', description: '货物描述', hsCode: 'HS 编码', origin: '原产国', quantity: '数量', unitPrice: '单价', amount: '金额',
      total: '合计', incoterm: '交货条件', paymentTerms: '付款条件', poNumber: '采购单号', transportDocument: '运输单据', portOfLoading: '装运港',
      packages: '件数', netWeight: '净重（千克）', grossWeight: '毛重（千克）', marks: '唛头', range: '箱号', contents: '内容',
      perPackage: '每件（千克）', netTotal: '总净重（千克）', grossTotal: '总毛重（千克）', dimensions: '尺寸（厘米）', cbm: '体积（立方米）', totals: '合计', missing: '尚缺：{{list}}',
    },
    fields: {
      exporterAddress: '出口商地址', exporterTaxId: '出口商税号', consigneeAddress: '收货人地址', paymentTerms: '付款条件',
      hsCode: '每个品项的 HS 编码', origin: '每个品项的原产国', weights: '重量和件数（尚无纸箱）',
    },
    panel: {
      title: '出口单证', language: '单证语言', consistent: '发票、装箱单与纸箱一致。', differences: '打印前检查：以下内容不一致',
      invoice: '商业发票', packing: '装箱单', open: '打开', savePdf: '保存 PDF',
    },
    diff: {
      noParcels: '尚无纸箱：请先生成。', quantity: '{{sku}}：发票数量 {{invoiced}}，装箱数量 {{packed}}', unknownLine: '{{sku}}：装箱 {{packed}}，但发票上没有',
      grossBelowNet: '第 {{seq}} 箱：毛重 {{gross}} 千克低于净重 {{net}} 千克', cartonCount: '第 {{seq}} 箱标为“共 {{stated}} 箱”，实际有 {{actual}} 箱',
      cartonNumbers: '箱号为 {{actual}}，应为 {{expected}}',
    },
  },
  ko: {
    invoiceTitle: '상업송장', packingTitle: '포장명세서', notFound: '이 기기에 해당 주문이 없습니다.',
    doc: {
      number: '송장 번호', date: '일자', order: '주문', exporter: '수출자', consignee: '수하인 / 수입자', taxId: '사업자 번호',
      sku: '품번', description: '품명', hsCode: 'HS 코드', origin: '원산지', quantity: '수량', unitPrice: '단가', amount: '금액',
      total: '합계', incoterm: '인도 조건', paymentTerms: '결제 조건', poNumber: '발주 번호', transportDocument: '운송서류', portOfLoading: '선적항',
      packages: '포장 수', netWeight: '순중량(kg)', grossWeight: '총중량(kg)', marks: '화인', range: '포장 번호', contents: '내용물',
      perPackage: '포장당(kg)', netTotal: '순중량 합계(kg)', grossTotal: '총중량 합계(kg)', dimensions: '치수(cm)', cbm: 'CBM', totals: '합계', missing: '아직 없음: {{list}}',
    },
    fields: {
      exporterAddress: '수출자 주소', exporterTaxId: '수출자 사업자 번호', consigneeAddress: '수하인 주소', paymentTerms: '결제 조건',
      hsCode: '모든 품목의 HS 코드', origin: '모든 품목의 원산지', weights: '중량과 포장 수(카톤 없음)',
    },
    panel: {
      title: '수출 서류', language: '서류 언어', consistent: '송장, 포장명세서, 카톤이 일치합니다.', differences: '인쇄 전 확인: 다음이 일치하지 않습니다',
      invoice: '상업송장', packing: '포장명세서', open: '열기', savePdf: 'PDF 저장',
    },
    diff: {
      noParcels: '카톤이 없습니다. 먼저 생성하세요.', quantity: '{{sku}}: 송장 {{invoiced}}, 포장 {{packed}}', unknownLine: '{{sku}}: {{packed}}개 포장되었으나 송장에 없음',
      grossBelowNet: '{{seq}}번 카톤: 총중량 {{gross}}kg이 순중량 {{net}}kg보다 작음', cartonCount: '{{seq}}번 카톤에 “{{stated}}개 중”으로 되어 있으나 카톤은 {{actual}}개',
      cartonNumbers: '카톤 번호가 {{expected}}가 아니라 {{actual}}',
    },
  },
};
