import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors.js';
import type { Command, OptionValues } from './command.js';

/** node:util parseArgs over the command's declared flags; any unknown flag or stray argument is BAD_INPUT. */
export function parseOptions(command: Command, argv: readonly string[]): OptionValues {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) {
    options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    if (positionals.length > 0) {
      throw new AppError('BAD_INPUT', `unexpected argument "${positionals[0]}"; see \`mesh-explainer ${command.name} --help\``);
    }
    return values as OptionValues;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new AppError('BAD_INPUT', `${message}; see \`mesh-explainer ${command.name} --help\``);
  }
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function intOption(values: OptionValues, name: string, range: { min: number; max: number }): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < range.min || n > range.max) {
    throw new AppError('BAD_INPUT', `--${name}: expected a whole number from ${range.min} to ${range.max}, got "${raw}"`);
  }
  return n;
}

export function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[], fallback: T): T {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new AppError('BAD_INPUT', `--${name}: expected one of ${choices.join(', ')}, got "${raw}"`);
}
