// Peers bench: this project beside secretlint's recommended preset on corpora the peer scanners
// wrote for themselves, read from local checkouts at run time (nothing of them is copied into this
// repository). Optional and not part of CI (CI has no network to fetch the checkouts).
//
//   node bench/peers/run.mjs [--gitleaks <gitleaks checkout>] [--trufflehog <trufflehog checkout>]
//
// (a) gitleaks' rule samples: the true and false positives of each rule in
//     cmd/generate/config/rules/*.go, worked out from the Go source (random parts generated with
//     randexp from the rule's own regex). Literal samples (written out) and generated ones apart.
// (b) Tokens generated from each gitleaks rule's regex, planted in every syntax of
//     bench/accuracy/syntaxes.ts: recall per syntax, rules never hit.
// (c) trufflehog's detector pattern tests (pkg/detectors/**/*_test.go): positives, negatives,
//     detectors whose token has a distinctive literal prefix, and positives only the generic
//     rule found.
// Details (missed rules, false positives with values shortened) go to peers-details.json under bench/.work/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProbe, run } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dir = (name) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1] ?? '') : undefined);
const gitleaks = dir('--gitleaks');
const trufflehog = dir('--trufflehog');
if (!gitleaks && !trufflehog) {
  console.error('usage: node bench/peers/run.mjs [--gitleaks <checkout>] [--trufflehog <checkout>]');
  process.exit(2);
}
const work = path.join(root, 'bench/.work');
mkdirSync(work, { recursive: true });
const details = path.join(work, 'peers-details.json');
const probe = await buildProbe(root, 'bench/peers/probe.ts', 'peers-probe.mjs');
const r = run(process.execPath, [
  probe,
  ...(gitleaks ? ['--gitleaks', gitleaks] : []),
  ...(trufflehog ? ['--trufflehog', trufflehog] : []),
  '--details',
  details,
  // `--dump` writes the whole inputs of misses and false positives to peers-dump.json under bench/.work/.
  ...(args.includes('--dump') ? ['--dump', path.join(work, 'peers-dump.json')] : []),
]);
if (r.code !== 0) {
  console.error(r.stderr);
  process.exit(2);
}
const s = JSON.parse(r.stdout);

const pct = (a, n) => (n ? `${((a / n) * 100).toFixed(1)}%` : '-');
const frac = (a, n) => `${a}/${n} = ${pct(a, n)}`;
// False positives raw, then without the negatives on which every finding of ours was reviewed as
// one a security reviewer wants (bench/peers/reviewed.ts: each case with its reason), with the count.
const fpBoth = (ours, n, reviewed) =>
  `FP ${frac(ours, n)} (without ${reviewed} reviewed: ${frac(ours - reviewed, n - reviewed)})`;
const rows = [];
if (s.gitleaksSamples) {
  const { tp, fp, fpReviewed } = s.gitleaksSamples;
  rows.push([
    `gitleaks' rule samples, written out (${s.gitleaks.rules} rules)`,
    `recall ${frac(tp.literal.ours, tp.literal.n)}, ${fpBoth(fp.literal.ours, fp.literal.n, fpReviewed.literal)}`,
    `${pct(tp.literal.theirs, tp.literal.n)}, ${pct(fp.literal.theirs, fp.literal.n)}`,
    '>= 95%, <= 5%',
  ]);
  rows.push([
    `gitleaks' rule samples, generated (its sample syntaxes x random tokens)`,
    `recall ${frac(tp.generated.ours, tp.generated.n)}, ${fpBoth(fp.generated.ours, fp.generated.n, fpReviewed.generated)}`,
    `${pct(tp.generated.theirs, tp.generated.n)}, ${pct(fp.generated.theirs, fp.generated.n)}`,
    '>= 95%, <= 5%',
  ]);
}
if (s.gitleaksPlanted) {
  const { all, rules, neverHit, bySyntax } = s.gitleaksPlanted;
  rows.push([
    `tokens from each of gitleaks' ${rules} rule regexes, in ${Object.keys(bySyntax).length} syntaxes`,
    `recall ${pct(all.ours, all.n)}, ${neverHit.length} rules never hit`,
    pct(all.theirs, all.n),
    '>= 90%, every rule hit',
  ]);
}
if (s.trufflehog) {
  const t = s.trufflehog;
  rows.push([
    `trufflehog's detector pattern tests (${t.detectors} detectors, ${t.positives.n} positives, ${t.negatives.n} negatives)`,
    `recall ${frac(t.positives.ours, t.positives.n)}; distinctive prefix ${pct(t.prefixed.ours, t.prefixed.n)}; ${fpBoth(t.negatives.ours, t.negatives.n, t.negativesReviewed)}; ${t.detectorsFound}/${t.detectorsWithPositives} detectors`,
    `${pct(t.positives.theirs, t.positives.n)}; ${pct(t.prefixed.theirs, t.prefixed.n)}; ${pct(t.negatives.theirs, t.negatives.n)}`,
    '>= 80%; >= 90%; <= 3%',
  ]);
}
console.log('| corpus (read from the peers\u2019 checkouts) | this project | secretlint preset | goal |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

if (s.gitleaksPlanted) {
  console.log(`\nplanted gitleaks tokens, recall by syntax (ours / secretlint):`);
  for (const [syntax, e] of Object.entries(s.gitleaksPlanted.bySyntax))
    console.log(`  ${syntax.padEnd(18)} ${pct(e.ours, e.n).padStart(6)}  ${pct(e.theirs, e.n).padStart(6)}`);
  console.log(`never hit: ${s.gitleaksPlanted.neverHit.join(', ') || 'none'}`);
  // Which of those the project decided not to report, and why (raw list above, reasons here).
  for (const id of s.gitleaksPlanted.neverHit)
    if (s.gitleaksPlanted.reasons?.[id]) console.log(`  ${id}: ${s.gitleaksPlanted.reasons[id]}`);
  console.log(`no token regex to generate from: ${s.gitleaksPlanted.notGenerated.join(', ') || 'none'}`);
}
if (s.gitleaksSamples) {
  // The raw figure first; then without the samples the issue asks not to report, each with its
  // count and reason, so the adjusted figures never stand alone.
  const { tp, adjusted } = s.gitleaksSamples;
  const why = {
    notAlone:
      'an identifier or publishable key alone, recorded as not reported on its own (NOT_REPORTED_ALONE in src/core/rules/unmapped-peers.ts)',
    placeholder:
      'a value our shared placeholder filter rejects (runs, repeats, sequences, masks: src/core/placeholders.ts)',
    both: 'either of the two above',
  };
  console.log(`\ngitleaks' rule samples, recall raw and without the samples the issue asks not to report:`);
  for (const [kind, label] of [
    ['literal', 'written out'],
    ['generated', 'generated'],
  ]) {
    console.log(`  ${label}: raw ${frac(tp[kind].ours, tp[kind].n)} (secretlint ${pct(tp[kind].theirs, tp[kind].n)})`);
    for (const [k, reason] of Object.entries(why)) {
      const a = adjusted[k];
      console.log(
        `    without ${a.excluded[kind]} samples of ${reason}: ${frac(a[kind].ours, a[kind].n)} (secretlint ${pct(a[kind].theirs, a[kind].n)})`,
      );
    }
  }
  if (s.plantedFiles)
    console.log(
      `\n${s.plantedFiles} gitleaks samples given as a path alone (pkcs12-file's key stores) were planted as binary files at that path and read as a tree scan reads them`,
    );
  // gitleaks as a whole: a negative of one rule that another of its rules reports is no false
  // positive of the scanner. Printed beside the raw figure, never instead of it.
  const { fp, peerReported, peerReportedBy, scanner } = s.gitleaksSamples;
  console.log(
    `\ngitleaks' negatives that another gitleaks rule reports (its ${scanner.rules} rules translated to JavaScript with keywords, entropy, paths and allowlists; ${scanner.untranslated.length} not translatable${scanner.untranslated.length ? `: ${scanner.untranslated.join(', ')}` : ''}; the translation reports ${frac(scanner.fidelity.hit, scanner.fidelity.n)} of the rules' own true samples):`,
  );
  for (const [kind, label] of [
    ['literal', 'written out'],
    ['generated', 'generated'],
  ]) {
    const p = peerReported[kind];
    console.log(
      `  ${label}: FP raw ${frac(fp[kind].ours, fp[kind].n)}; without the ${p.n} negatives another gitleaks rule reports: ${frac(fp[kind].ours - p.ours, fp[kind].n - p.n)} (secretlint ${pct(fp[kind].theirs - p.theirs, fp[kind].n - p.n)})`,
    );
  }
  console.log(`  reported by: ${JSON.stringify(peerReportedBy)}`);
  console.log(`\ngitleaks samples: rules none of whose true samples we find: ${s.gitleaksSamples.neverFound}`);
  console.log(`false positives on gitleaks' negatives by our rule: ${JSON.stringify(s.gitleaksSamples.fpByRule)}`);
}
if (s.trufflehog) {
  const t = s.trufflehog;
  console.log(
    `\ntrufflehog: ${t.genericOnly} of the ${t.positives.ours} positives found were found only by generic-credential-assignment`,
  );
  console.log(`false positives on trufflehog's negatives by our rule: ${JSON.stringify(t.fpByRule)}`);
  // trufflehog as a whole: a negative of one detector that another detector reports is no false
  // positive of the scanner. Printed beside the raw figure, never instead of it.
  const p = t.peerReported;
  console.log(
    `trufflehog's negatives that another detector reports (${t.scanner.detectors} detector packages read mechanically: literal or PrefixRegex-built regexes, all required, and literal keywords; its verification and post-filters not read; ${t.scanner.leftOut} left out; the reading reports ${frac(t.scanner.fidelity.hit, t.scanner.fidelity.n)} of those detectors' own positives): FP raw ${frac(t.negatives.ours, t.negatives.n)}; without the ${p.n} negatives another detector reports: ${frac(t.negatives.ours - p.ours, t.negatives.n - p.n)} (secretlint ${pct(t.negatives.theirs - p.theirs, t.negatives.n - p.n)})`,
  );
  console.log(`  reported by: ${JSON.stringify(t.peerReportedBy)}`);
  console.log(`detectors with a distinctive prefix: ${t.prefixedDetectors}; cases not worked out: ${t.skipped}`);
  // The raw figure first, then without the positives the issue asks not to report, with the reason.
  const a = t.prefixedWithoutPlaceholders;
  console.log(
    `distinctive prefix recall: raw ${frac(t.prefixed.ours, t.prefixed.n)}; without ${t.prefixedPlaceholders} positives whose every token (by the detector's own regexes) our shared placeholder filter rejects (runs, repeats, sequences, masks: src/core/placeholders.ts) or is a connection URL with a stand-in password (\`password\`, \`secret\`: src/core/rules/database-urls.ts): ${frac(a.ours, a.n)} (secretlint ${pct(a.theirs, a.n)})`,
  );
}
console.log(`\nreviewed findings on the peers' negatives (bench/peers/reviewed.ts), by reason:`);
for (const [reason, n] of Object.entries(s.reviewedByReason)) console.log(`  ${String(n).padStart(3)}  ${reason}`);
if (s.reviewedStale.length)
  console.log(
    `\nreviewed cases (bench/peers/reviewed.ts) that met no false positive: ${s.reviewedStale.length}\n  ${s.reviewedStale.join('\n  ')}`,
  );
console.log(`\ndetails: ${path.relative(root, details)}`);
