import { describe, expect, it } from 'vitest';
import { MemoryStorageArea } from '../settings/testing/memory-storage.ts';
import { clearFaults, FAULT_LOG_KEY, FAULT_LOG_LIMIT, faultRecorder, readFaults, recordFault } from './fault-log.ts';

describe('fault log', () => {
  it('keeps the newest faults with where and when, and can be cleared', async () => {
    const area = new MemoryStorageArea();
    for (let index = 0; index < FAULT_LOG_LIMIT + 3; index += 1) {
      await recordFault(area, { during: 'send', message: `RangeError ${index}`, bodyLength: index }, { at: 1000 + index, host: 'mail.example.com' });
    }
    const stored = readFaults((await area.get(FAULT_LOG_KEY))[FAULT_LOG_KEY]);
    expect(stored).toHaveLength(FAULT_LOG_LIMIT);
    expect(stored.at(-1)).toEqual({ during: 'send', message: `RangeError ${FAULT_LOG_LIMIT + 2}`, bodyLength: FAULT_LOG_LIMIT + 2, at: 1000 + FAULT_LOG_LIMIT + 2, host: 'mail.example.com' });
    await clearFaults(area);
    expect(readFaults((await area.get(FAULT_LOG_KEY))[FAULT_LOG_KEY])).toEqual([]);
  });

  it('bounds a long message and skips malformed entries', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [FAULT_LOG_KEY]: [{ during: 'nonsense' }, 7] });
    await recordFault(area, { during: 'typing', message: 'x'.repeat(5000), bodyLength: 1 }, { at: 1, host: 'h' });
    const stored = readFaults((await area.get(FAULT_LOG_KEY))[FAULT_LOG_KEY]);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.message.length).toBeLessThanOrEqual(300);
  });
});

describe('faultRecorder', () => {
  it('records faults reported back to back without losing one', async () => {
    const area = new MemoryStorageArea();
    const record = faultRecorder(area, () => ({ at: 5, host: 'h' }));
    record({ during: 'typing', message: 'a', bodyLength: 1 });
    record({ during: 'send', message: 'b', bodyLength: 1 });
    await expect.poll(async () => readFaults((await area.get(FAULT_LOG_KEY))[FAULT_LOG_KEY]).map((fault) => fault.message)).toEqual(['a', 'b']);
  });
});
