import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyze.ts';
import { DEMO_CORPUS } from './demo.ts';

interface DemoReport {
  articles: Array<{ id: string; outlet: string | null }>;
  stories: Array<{ id: string; articleIds: string[]; relatedStoryIds: string[] }>;
  reuse: Array<{ fromArticleId: string; toArticleId: string; direction: string }>;
  entities: Array<{ id: string; name: string; type: string; aliases: string[] }>;
  citations: Array<{ articleId: string; sourceEntityId: string }>;
  quoteFamilies: Array<{ speakerId: string | null; members: Array<{ articleId: string; quoteId: string; start: number; end: number }> }>;
}

// What demo/README.md tells a new user to look for in the demo's report.
test('the demo corpus gives what its README promises an analyst', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-demo-'));
  try {
    const { report } = await analyze([DEMO_CORPUS], { db: join(dir, 'demo.db') });
    const demo = report as unknown as DemoReport;
    const outletOf = new Map(demo.articles.map((a) => [a.id, a.outlet]));
    const outlets = (ids: string[]) => [...new Set(ids.map((id) => outletOf.get(id)))].sort();

    const barrier = demo.stories.find((s) => s.articleIds.length === 4);
    assert.ok(barrier, 'one story of four articles about the barrier');
    assert.deepEqual(outlets(barrier.articleIds), ['Coastline Observer', 'Meridian Wire', 'Northgate Daily', 'The Harbour Ledger']);
    assert.equal(barrier.relatedStoryIds.length, 1, 'the inquiry follow-up is linked, not merged');
    const inquiry = demo.stories.find((s) => s.id === barrier.relatedStoryIds[0])!;
    assert.deepEqual(outlets(inquiry.articleIds), ['Coastline Observer']);

    assert.deepEqual(
      demo.reuse.map((r) => [outletOf.get(r.fromArticleId), outletOf.get(r.toArticleId), r.direction]),
      [['Meridian Wire', 'The Harbour Ledger', 'known']],
    );

    const governor = demo.entities.filter((e) => e.type === 'person' && e.aliases.some((a) => /Hadd?ad/.test(a)));
    assert.equal(governor.length, 1, 'Yusuf al-Haddad and Youssef al-Hadad are one person');
    assert.ok(governor[0]!.aliases.includes('Youssef al-Hadad'));

    const cited = new Set(demo.citations.map((c) => demo.entities.find((e) => e.id === c.sourceEntityId)?.name));
    assert.ok(cited.has('Meridian Wire') && cited.has('Saltmere Radio'), [...cited].join(', '));

    // The governor's promise: every outlet of the barrier story renders it, and no rendering is shown twice over
    // (once whole and again as each of its clauses).
    const promises = demo.quoteFamilies.filter((f) => f.speakerId === governor[0]!.id && f.members.length >= 4);
    assert.ok(promises.length >= 1);
    assert.deepEqual(outlets(promises.flatMap((f) => f.members.map((m) => m.articleId))), outlets(barrier.articleIds));
    // A rendering counts as shown twice when other families' renderings of the same quotation cover nearly all of it.
    const governorFamilies = demo.quoteFamilies.filter((f) => f.speakerId === governor[0]!.id);
    for (const family of governorFamilies) {
      const others = governorFamilies.filter((f) => f !== family).flatMap((f) => f.members);
      const repeated = family.members.every((m) => {
        let covered = 0;
        for (const n of others) if (n.quoteId === m.quoteId) covered += Math.max(0, Math.min(m.end, n.end) - Math.max(m.start, n.start));
        return covered >= 0.9 * (m.end - m.start);
      });
      assert.ok(!repeated, 'a family whose every rendering other families already show');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
