/** `hf queue [body]`: the cases waiting in each body's queue, in queue order. */
import { translator, type Catalogue } from '../../i18n/lang.js';
import { queueEntries, type QueueEntry } from '../../repo/queue.js';
import { outputWidth, renderTable } from '../shared/table.js';
import type { CommandContext } from '../shared/context.js';
import { openConfig, requireBody } from '../shared/authoring.js';
import { out } from '../shared/support.js';

export interface QueueOptions {
  json?: boolean;
}

const messages: Catalogue<'heading' | 'empty' | 'emptyAll' | 'position' | 'queued' | 'title' | 'meeting' | 'name' | 'hint'> = {
  heading: { nb: '{body} – {count} i køen', en: '{body} – {count} queued' },
  empty: { nb: 'Ingen saker i køen til {body}.', en: 'No cases in the queue of {body}.' },
  emptyAll: { nb: 'Ingen saker i køen.', en: 'No cases in the queue.' },
  position: { nb: 'Nr', en: 'No' },
  queued: { nb: 'Lagt i kø', en: 'Queued' },
  title: { nb: 'Tittel', en: 'Title' },
  meeting: { nb: 'Møte', en: 'Meeting' },
  name: { nb: 'Navn', en: 'Name' },
  hint: { nb: 'Sett sakene på et møte med `hf schedule {body} <dato> [saker …]`.', en: 'Put the cases on a meeting with `hf schedule {body} <date> [cases …]`.' },
};

export async function run(bodyArg: string | undefined, options: QueueOptions, ctx: CommandContext): Promise<number> {
  const { root, config, lang } = openConfig(ctx);
  const m = translator(messages, lang);
  const bodies = bodyArg ? [requireBody(config, bodyArg, lang)] : config.bodies;
  const queues = bodies.map((b) => ({ body: b.code, entries: queueEntries(root, b.code) })).filter((q) => bodyArg || q.entries.length);
  if (options.json) {
    out(ctx, JSON.stringify(queues.flatMap((q) => q.entries.map((e, i) => entryJson(q.body, e, i + 1))), null, 2));
    return 0;
  }
  if (queues.every((q) => q.entries.length === 0)) {
    out(ctx, bodyArg ? m('empty', { body: bodies[0]!.code }) : m('emptyAll'));
    return 0;
  }
  const width = outputWidth(ctx.stdout, ctx.env);
  const blocks = queues.map((q) => {
    const rows = q.entries.map((e, i) => [String(i + 1), e.slug, e.title, e.meeting ?? '', e.queuedOn ?? '']);
    const table = renderTable(
      [
        { header: m('position'), align: 'right' },
        { header: m('name') },
        { header: m('title'), shrink: 2 },
        { header: m('meeting') },
        { header: m('queued') },
      ],
      rows,
      width,
    );
    return `${m('heading', { body: q.body, count: q.entries.length })}\n${table}`;
  });
  out(ctx, blocks.join('\n') + '\n' + m('hint', { body: queues.length === 1 ? queues[0]!.body : '<organ>' }));
  return 0;
}

function entryJson(body: string, e: QueueEntry, position: number) {
  return { organ: body, nr: position, path: e.path, navn: e.stem, tittel: e.title, lagt_i_kø: e.queuedOn ?? null, møte: e.meeting ?? null, fast_sak: e.standing ?? null, sakstype: e.types };
}
