// The `sscc.reserve` command of the sync contract (docs/platform-api.md): a client asks the
// server for a contiguous range of SSCC serial references under its company prefix and
// extension digit, so that serials handed out offline never collide with another machine's.
import { z } from 'zod';

export const SSCC_RESERVE = 'sscc.reserve';
export const MAX_SSCC_RESERVE = 100_000;

export const ssccReserveArgs = z.object({
  count: z.number({ message: 'labels:sscc.badCount' }).int('labels:sscc.badCount').min(1, 'labels:sscc.badCount').max(MAX_SSCC_RESERVE, 'labels:sscc.badCount'),
  companyPrefix: z.string({ message: 'labels:sscc.prefixDigits' }),
  extensionDigit: z.number({ message: 'labels:sscc.extensionDigit' }),
});
export type SsccReserveArgs = z.infer<typeof ssccReserveArgs>;

/** The result `row` of an applied `sscc.reserve`: not a stored entity row (no `rev`), the range itself. */
export const ssccRangeRow = z.object({
  id: z.string(),
  kind: z.literal('sscc-range'),
  companyPrefix: z.string(),
  extensionDigit: z.number().int(),
  first: z.number().int().min(0),
  last: z.number().int().min(0),
});
export type SsccRangeRow = z.infer<typeof ssccRangeRow>;
