import { benchExtension } from './benchmarks/browser.ts';
for (const d of ['.output-bench', '.output-bench-large']) {
  const r = await benchExtension(`${d}/chrome-mv3`, 'bench-output/pages', [], 5);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  console.log(d, 'info', med(r.worker.coldStartMs), 'lookup', med(r.worker.coldLookupMs), 'script', med(r.worker.phases.map((p) => p.script)), 'read', med(r.worker.phases.map((p) => p.read)), 'build', med(r.worker.phases.map((p) => p.build)), 'heap', r.worker.heapMB.toFixed(1));
}
