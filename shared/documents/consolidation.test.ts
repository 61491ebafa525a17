import { describe, expect, it } from 'vitest';
import { planConsolidation, type CargoParcel } from './consolidation';

/** `n` cartons of 1 m³ (100×100×100 cm) at `kg` each. */
const cubes = (n: number, kg = '100'): CargoParcel[] => Array.from({ length: n }, () => ({ lengthCm: '100', widthCm: '100', heightCm: '100', grossWeightKg: kg }));

describe('consolidation planner', () => {
  it('sums CBM and gross weight exactly', () => {
    const plan = planConsolidation([{ lengthCm: '52', widthCm: '36', heightCm: '28', grossWeightKg: '13.5' }, { lengthCm: '52', widthCm: '36', heightCm: '28', grossWeightKg: '13.5' }]);
    expect(plan).toMatchObject({ cbm: '0.105', grossKg: '27.000', parcels: 2, suggestion: 'LCL' });
  });

  it('ships LCL below the configurable volume, then the smallest container that fits at 90 %', () => {
    expect(planConsolidation(cubes(14)).suggestion).toBe('LCL');
    expect(planConsolidation(cubes(14), { lclBelowM3: '10' }).suggestion).toBe('20GP');
    expect(planConsolidation(cubes(29)).suggestion).toBe('20GP');
    expect(planConsolidation(cubes(31)).suggestion).toBe('40GP');
    expect(planConsolidation(cubes(65)).suggestion).toBe('40HC');
  });

  it('warns about volume beyond 90 % and about payload', () => {
    expect(planConsolidation(cubes(70))).toMatchObject({ suggestion: '40HC', warnings: [{ code: 'consolidation.nearVolume', container: '40HC' }] });
    expect(planConsolidation(cubes(20, '1500'))).toMatchObject({ suggestion: '20GP', warnings: [{ code: 'consolidation.overPayload', payloadKg: '28000' }] });
    expect(planConsolidation(cubes(80))).toMatchObject({ suggestion: null, warnings: [{ code: 'consolidation.tooBig' }] });
  });
});
