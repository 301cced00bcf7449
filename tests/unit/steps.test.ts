import { describe, expect, it } from 'vitest';
import { currentStep, STEPS, stepNumber } from '../../utils/core/steps';

describe('where the user is in the procedure', () => {
  it('starts at View, and stops at the prerequisite when "Add new app client" is gray', () => {
    expect(currentStep({ blocked: false, liveStatus: null })).toBe('view');
    expect(currentStep({ blocked: true, liveStatus: 'captured' })).toBe('prerequisite');
  });

  it('moves to VendorAuto once a secret is captured, and to Confirm once it is filled', () => {
    expect(currentStep({ blocked: false, liveStatus: 'captured' })).toBe('open-instances');
    expect(currentStep({ blocked: false, liveStatus: 'failed' })).toBe('open-instances');
    expect(currentStep({ blocked: false, liveStatus: 'handed-off' })).toBe('fill');
    expect(currentStep({ blocked: false, liveStatus: 'filled' })).toBe('confirm-vendorauto');
    expect(currentStep({ blocked: false, liveStatus: 'confirmed' })).toBe('view');
  });

  it('numbers the steps in the order of VendorAuto’s help page, Amazon first', () => {
    expect(stepNumber('prerequisite')).toEqual({ n: 1, of: 10 });
    expect(stepNumber('confirm-vendorauto')).toEqual({ n: 10, of: 10 });
    const firstVendorAuto = STEPS.findIndex((s) => s.site === 'vendorauto');
    expect(STEPS.slice(0, firstVendorAuto).every((s) => s.site === 'amazon')).toBe(true);
    expect(STEPS.slice(firstVendorAuto).every((s) => s.site === 'vendorauto')).toBe(true);
  });
});
