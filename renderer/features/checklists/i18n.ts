import type { LocalizedBundle } from '../../i18n';

export const checklists: LocalizedBundle = {
  en: {
    title: 'Customs and shipping checklist',
    groups: { documents: 'Documents', customs: 'Customs', shipping: 'Shipping', payment: 'Payment', compliance: 'Compliance' },
    progress: '{{done}} of {{total}} done',
    severity: { block: 'Blocks shipping', warn: 'Needs acknowledgement', info: 'For information' },
    status: { open: 'Open', done: 'Done', acknowledged: 'Acknowledged', not_needed: 'No longer needed' },
    markDone: 'Mark done', acknowledge: 'Acknowledge', reopen: 'Reopen', notes: 'Note', saveNote: 'Save note', attach: 'Attach file',
    attached: 'Attached: {{name}} ({{size}} bytes, SHA-256 {{hash}}…)', openFile: 'Open file', fileElsewhere: 'The file is kept on the machine that attached it.', doneBy: '{{who}}, {{when}}', sources: 'Sources', goodsLines: 'Lines: {{lines}}',
    blockers_one: 'Shipping waits for {{count}} open blocking item:', blockers_other: 'Shipping waits for {{count}} open blocking items:',
    unacknowledged_one: '{{count}} warning not acknowledged yet', unacknowledged_other: '{{count}} warnings not acknowledged yet',
    factsProblem: 'The checklist cannot be built yet. Missing: {{fields}}',
    facts: { mode: 'transport mode', originCountry: 'origin country', destinationCountry: 'destination country', plannedDeparture: 'planned departure', incoterm: 'Incoterm' },
    refund: {
      title: 'China export VAT refund (CN-2)', ready: 'Refund-ready', missing: 'Still missing: {{list}}',
      evidence: {
        inVatScope: 'goods in VAT scope', bookedAsExportSale: 'booked as an export sale', exportDeclaration: 'export declaration', exportSalesInvoice: 'export sales invoice',
        purchaseVatInvoice: 'purchase VAT invoice', fxReceipt: 'foreign-exchange receipt', transportDocument: 'transport document', insurancePolicy: 'insurance policy',
      },
    },
    korea: {
      title: 'Korea 30-day loading window (KR-1)', notDeclared: 'Mark the export declaration done on the day it is accepted; the deadline is counted from then.',
      deadline: 'Load by {{date}}', daysLeft_one: '{{count}} day left', daysLeft_other: '{{count}} days left', overdue: 'The deadline has passed', exceeded: 'The planned departure is after the deadline: ask for an extension through UNI-PASS.',
    },
    cartons: { generate: 'Generate cartons', mixPartials: 'Pack the leftover units of several lines into mixed cartons', count_one: '{{count}} carton', count_other: '{{count}} cartons', none: 'No cartons yet', labelled: 'These cartons are labelled already; change them on the shipment.', quantity: 'A line has no quantity to pack.', unitsPerCarton: 'A product has no units per carton.' },
  },
  'zh-CN': {
    title: '报关与发运检查清单',
    groups: { documents: '单证', customs: '报关', shipping: '运输', payment: '收付款', compliance: '合规' },
    progress: '已完成 {{done}} / {{total}}',
    severity: { block: '阻止发货', warn: '需要确认', info: '提示' },
    status: { open: '待办', done: '已完成', acknowledged: '已确认', not_needed: '不再需要' },
    markDone: '标记完成', acknowledge: '确认', reopen: '重新打开', notes: '备注', saveNote: '保存备注', attach: '附加文件',
    attached: '附件：{{name}}（{{size}} 字节，SHA-256 {{hash}}…）', openFile: '打开文件', fileElsewhere: '文件保存在附加它的那台电脑上。', doneBy: '{{who}}，{{when}}', sources: '依据', goodsLines: '品项：{{lines}}',
    blockers_one: '发货前还有 {{count}} 个阻断项未完成：', blockers_other: '发货前还有 {{count}} 个阻断项未完成：',
    unacknowledged_one: '{{count}} 条警告尚未确认', unacknowledged_other: '{{count}} 条警告尚未确认',
    factsProblem: '暂时无法生成检查清单。缺少：{{fields}}',
    facts: { mode: '运输方式', originCountry: '原产国', destinationCountry: '目的国', plannedDeparture: '计划离港日期', incoterm: '贸易术语' },
    refund: {
      title: '中国出口退税（CN-2）', ready: '退税单证齐备', missing: '尚缺：{{list}}',
      evidence: {
        inVatScope: '货物属于增值税征税范围', bookedAsExportSale: '已按出口销售入账', exportDeclaration: '出口报关单', exportSalesInvoice: '出口销售发票',
        purchaseVatInvoice: '进货增值税专用发票', fxReceipt: '收汇凭证', transportDocument: '运输单据', insurancePolicy: '保险单',
      },
    },
    korea: {
      title: '韩国 30 天装载期限（KR-1）', notDeclared: '请在出口申报受理当天将该项标记完成，期限从该日起算。',
      deadline: '最迟装载日 {{date}}', daysLeft_one: '还剩 {{count}} 天', daysLeft_other: '还剩 {{count}} 天', overdue: '已超过期限', exceeded: '计划离港日期晚于期限：请通过 UNI-PASS 申请延期。',
    },
    cartons: { generate: '生成纸箱', mixPartials: '将多个品项的剩余数量合装为混装箱', count_one: '{{count}} 箱', count_other: '{{count}} 箱', none: '尚无纸箱', labelled: '这些纸箱已贴标签，请在货运中修改。', quantity: '有品项没有可装箱的数量。', unitsPerCarton: '有产品未设置每箱数量。' },
  },
  ko: {
    title: '통관 및 선적 체크리스트',
    groups: { documents: '서류', customs: '통관', shipping: '운송', payment: '결제', compliance: '규정 준수' },
    progress: '{{total}}개 중 {{done}}개 완료',
    severity: { block: '선적 차단', warn: '확인 필요', info: '참고' },
    status: { open: '미완료', done: '완료', acknowledged: '확인함', not_needed: '더 이상 필요 없음' },
    markDone: '완료로 표시', acknowledge: '확인', reopen: '다시 열기', notes: '메모', saveNote: '메모 저장', attach: '파일 첨부',
    attached: '첨부: {{name}} ({{size}}바이트, SHA-256 {{hash}}…)', openFile: '파일 열기', fileElsewhere: '파일은 첨부한 컴퓨터에 보관되어 있습니다.', doneBy: '{{who}}, {{when}}', sources: '근거', goodsLines: '품목: {{lines}}',
    blockers_one: '선적 전에 완료해야 할 차단 항목 {{count}}개:', blockers_other: '선적 전에 완료해야 할 차단 항목 {{count}}개:',
    unacknowledged_one: '확인하지 않은 경고 {{count}}개', unacknowledged_other: '확인하지 않은 경고 {{count}}개',
    factsProblem: '아직 체크리스트를 만들 수 없습니다. 누락: {{fields}}',
    facts: { mode: '운송 방식', originCountry: '원산지 국가', destinationCountry: '도착 국가', plannedDeparture: '출항 예정일', incoterm: '인코텀즈' },
    refund: {
      title: '중국 수출 부가세 환급(CN-2)', ready: '환급 서류 완비', missing: '아직 없음: {{list}}',
      evidence: {
        inVatScope: '부가세 과세 대상 물품', bookedAsExportSale: '수출 매출로 기장', exportDeclaration: '수출신고서', exportSalesInvoice: '수출 판매 송장',
        purchaseVatInvoice: '매입 부가세 송장', fxReceipt: '외환 수령증', transportDocument: '운송서류', insurancePolicy: '보험증권',
      },
    },
    korea: {
      title: '한국 30일 적재 기한(KR-1)', notDeclared: '수출신고가 수리된 날 해당 항목을 완료로 표시하세요. 기한은 그날부터 계산됩니다.',
      deadline: '적재 기한 {{date}}', daysLeft_one: '{{count}}일 남음', daysLeft_other: '{{count}}일 남음', overdue: '기한이 지났습니다', exceeded: '출항 예정일이 기한 이후입니다. UNI-PASS로 연장을 신청하세요.',
    },
    cartons: { generate: '카톤 생성', mixPartials: '여러 품목의 남는 수량을 혼합 카톤에 함께 포장', count_one: '카톤 {{count}}개', count_other: '카톤 {{count}}개', none: '카톤 없음', labelled: '이미 라벨이 붙은 카톤입니다. 선적에서 변경하세요.', quantity: '포장할 수량이 없는 품목이 있습니다.', unitsPerCarton: '카톤당 수량이 없는 제품이 있습니다.' },
  },
};
