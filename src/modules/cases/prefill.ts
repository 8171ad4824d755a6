// Prefill (免填): the item's bindings filled from what the platform already knows about the applicant.
import { setPointer } from '../../platform/json-pointer.js';
import { type ItemDefinition } from '../catalog/index.js';

export { setPointer }; // the platform's RFC 6901 implementation, re-exported for the case files that import it here

/**
 * Form data with the item's prefill bindings filled from what we already know: the applicant types nothing twice,
 * and cannot put someone else's name or ID number where the verified identity belongs.
 */
export function prefillForm(item: ItemDefinition, known: Record<string, unknown>, given: Record<string, unknown> = {}): { formData: Record<string, unknown>; prefilled: { pointer: string; source: string }[] } {
  const formData = structuredClone(given);
  const prefilled: { pointer: string; source: string }[] = [];
  for (const [pointer, source] of Object.entries((item.form['x-prefill'] ?? {}) as Record<string, string>)) {
    if (known[source] !== undefined) {
      setPointer(formData, pointer, known[source]);
      prefilled.push({ pointer, source });
    }
  }
  return { formData, prefilled };
}
