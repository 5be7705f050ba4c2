#!/usr/bin/env node
// Writes docs/rules/*.md from the rule metadata in the built code (run `npm run docs`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';
import { renderRuleDoc, renderRuleIndex } from '../dist/rules/docs.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
const keep = new Set(['README.md', ...RULES.map((r) => `${r.meta.id}.md`)]);
for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(new URL(f, dir));
for (const rule of RULES) writeFileSync(new URL(`${rule.meta.id}.md`, dir), renderRuleDoc(rule));
writeFileSync(new URL('README.md', dir), renderRuleIndex(RULES));
console.log(`wrote ${RULES.length} rule pages to docs/rules/`);
