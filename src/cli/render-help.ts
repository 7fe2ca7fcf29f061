import type { Command } from './command.js';

/** --help text: usage, every flag with its description and an example, examples, notes. */
export function renderHelp(command: Command): string {
  const lines = [`mesh-explainer ${command.name}: ${command.summary}`, '', 'Usage:'];
  for (const u of command.usage) lines.push(`  ${u}`);
  lines.push('', 'Options:');
  for (const o of command.options) {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`;
    lines.push(`  ${flag}`);
    lines.push(`        ${o.description}${o.multiple ? ' (repeatable)' : ''}`);
    lines.push(`        e.g. ${o.example}`);
  }
  lines.push('  -h, --help', '        Show this help.', '        e.g. mesh-explainer ' + command.name + ' --help');
  if (command.examples.length > 0) {
    lines.push('', 'Examples:');
    for (const e of command.examples) lines.push(`  ${e}`);
  }
  if (command.notes && command.notes.length > 0) lines.push('', ...command.notes);
  return `${lines.join('\n')}\n`;
}
