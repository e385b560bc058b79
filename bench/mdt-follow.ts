/**
 * MDT panel follow time: the coordinator moves the meeting to the next case until every one of the
 * four participants' connections (coordinator, chair, two specialists) has been told, through the
 * real server, database and socket. Next to it, in the same run, the round trip of a request that
 * does nothing (the floor any broadcast stands on). Prints median and max per participant count.
 *
 *   node --import tsx bench/mdt-follow.ts [moves]
 */
import { performance } from 'node:perf_hooks';
import type { SignallingClient } from '../contracts/client/signalling-client';
import { startConvene } from '../server/app';
import { lungMdt } from '../server/test-support/mdt-panel';
import { people } from '../server/test-support/people';
import { testConfig } from '../server/test-support/test-config';

const moves = Number(process.argv[2] ?? 60);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const app = await startConvene(testConfig({ LOG_LEVEL: 'silent' }), { web: false });
  try {
    const p = people(app);
    const { meetingId, cases, specialist } = await lungMdt(app);
    const coordinator = await (await p.staff('demo.coordinator')).socket();
    const panel: SignallingClient[] = [
      coordinator,
      await (await p.staff('demo.clinician')).socket(),
      await specialist('bench.one', 'Bench One'),
      await specialist('bench.two', 'Bench Two'),
    ];
    for (const s of panel) await s.request('mdt.follow', { meetingId });

    const follow: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i <= moves; i++) {
      const caseId = cases[i % cases.length]!;
      const started = performance.now();
      const told = panel.map(
        (s) =>
          new Promise<number>((resolve) => {
            const off = s.on('mdt.live', (state) => {
              if (state.currentCaseId !== caseId) return;
              off();
              resolve(performance.now() - started);
            });
          }),
      );
      await coordinator.request('mdt.goToCase', { meetingId, caseId });
      const times = await Promise.all(told);
      const t0 = performance.now();
      await coordinator.request('mdt.unfollow', { meetingId: 'not-a-meeting' });
      if (i === 0) continue; // warm-up
      follow.push(Math.max(...times));
      floor.push(performance.now() - t0);
    }
    console.log(`mdt-follow: ${moves} case moves, 4 participants, every panel told`);
    console.log(`  every panel follows: median ${ms(median(follow))}, max ${ms(Math.max(...follow))}`);
    console.log(`  empty request round trip (baseline): median ${ms(median(floor))}, max ${ms(Math.max(...floor))}`);
    console.log(`  ratio (median / baseline median): ${(median(follow) / median(floor)).toFixed(1)}`);
    for (const s of panel) s.close();
  } finally {
    await app.close();
  }
}

await main();
